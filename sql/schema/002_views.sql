-- 002: views for reports and analysts. One row per mention in v_mentions; one row per
-- current flag in v_flags (flags of the rules version that last analyzed the mention).

create or replace view v_mentions as
with latest_score as (
    select platform, post_id, scorer_version, label, score
    from sentiment_scores
    qualify row_number() over (
        partition by platform, post_id order by scored_at desc, scorer_version desc
    ) = 1
),

current_flags as (
    select f.platform, f.post_id, count(*) as n_flags
    from flags as f
    inner join analyzed as a
        on f.platform = a.platform and f.post_id = a.post_id and f.rules_version = a.rules_version
    group by f.platform, f.post_id
),

final as (
    select
        m.*,
        coalesce(m.author_followers, 0) + m.n_likes + m.n_reposts + m.n_quotes + m.score as reach,
        s.label as sentiment_label,
        s.score as sentiment_score,
        s.scorer_version,
        coalesce(a.is_excluded, false) as is_excluded,
        a.post_id is not null as is_analyzed,
        coalesce(cf.n_flags, 0) as n_flags
    from mentions as m
    left join latest_score as s using (platform, post_id)
    left join analyzed as a using (platform, post_id)
    left join current_flags as cf using (platform, post_id)
)

select * from final;

create or replace view v_flags as
with final as (
    select
        f.platform,
        f.post_id,
        f.rules_version,
        f.category,
        f.severity,
        case f.severity when 'critical' then 4 when 'high' then 3 when 'medium' then 2 else 1 end
            as severity_rank,
        f.rule,
        f.policy,
        f.evidence,
        f.span_start,
        f.span_end,
        f.flagged_at,
        m.created_at,
        m.url,
        m.author_handle,
        m.author_followers,
        m.community
    from flags as f
    inner join analyzed as a
        on f.platform = a.platform and f.post_id = a.post_id and f.rules_version = a.rules_version
    inner join mentions as m
        on f.platform = m.platform and f.post_id = m.post_id
)

select * from final;
