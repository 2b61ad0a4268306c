-- grain: one row per current, not dismissed flag (post and rule) on a mention of the day,
-- with how often the same author was flagged in the 90 days before (repeat offences).
-- evidence is already masked. parameters: $day_start, $day_end (timestamptz)
with day_flags as (
    select *
    from v_flags
    where created_at >= $day_start and created_at < $day_end and not is_dismissed
),

history as (
    select platform, author_handle, count(distinct post_id) as n_prior_flagged_posts
    from v_flags
    where created_at >= $day_start - interval 90 day and created_at < $day_start
      and not is_dismissed and author_handle is not null
    group by platform, author_handle
),

final as (
    select
        d.flag_id, d.platform, d.post_id, d.url, d.created_at, d.author_handle, d.category,
        d.severity, d.severity_rank, d.rule, d.policy, d.evidence, d.review_status,
        coalesce(h.n_prior_flagged_posts, 0) as n_prior_flagged_posts
    from day_flags as d
    left join history as h using (platform, author_handle)
)

select * from final order by severity_rank desc, category, created_at, post_id, rule
