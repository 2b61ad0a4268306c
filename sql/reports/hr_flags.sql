-- grain: one row per current flag on a mention of the day; evidence is already masked.
-- parameters: $day_start, $day_end (timestamptz)
with final as (
    select
        platform, post_id, url, created_at, author_handle, category, severity, severity_rank,
        rule, policy, evidence
    from v_flags
    where created_at >= $day_start and created_at < $day_end
)

select * from final order by severity_rank desc, category, created_at, post_id, rule
