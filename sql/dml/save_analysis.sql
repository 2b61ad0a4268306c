-- replace the scores, flags and analyzed marker of the mentions in stg_analyzed.
delete from sentiment_scores as s
using stg_scores as n
where s.platform = n.platform and s.post_id = n.post_id and s.scorer_version = n.scorer_version;

insert into sentiment_scores
select platform, post_id, scorer_version, label, score, now() as scored_at
from stg_scores;

delete from flags as f
using stg_analyzed as n
where f.platform = n.platform and f.post_id = n.post_id and f.rules_version = n.rules_version;

insert into flags
select
    platform, post_id, rules_version, category, severity, rule, policy, evidence,
    span_start, span_end, now() as flagged_at
from stg_flags
qualify row_number() over (partition by platform, post_id, rules_version, rule, span_start) = 1;

insert into analyzed
select platform, post_id, scorer_version, rules_version, is_excluded, now() as analyzed_at
from stg_analyzed
on conflict (platform, post_id) do update set
    scorer_version = excluded.scorer_version,
    rules_version = excluded.rules_version,
    is_excluded = excluded.is_excluded,
    analyzed_at = excluded.analyzed_at;
