-- the staged flags, once per (post, rules version, rule, span start).
insert into flags
select
    platform, post_id, rules_version, category, severity, rule, policy, evidence,
    span_start, span_end, now() as flagged_at
from stg_flags
qualify row_number() over (partition by platform, post_id, rules_version, rule, span_start) = 1
