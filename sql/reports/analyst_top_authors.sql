-- grain: one row per (platform, author) with mentions (not excluded) on company-local days
-- [$from_day, $to_day], most mentions first, at most $limit rows.
-- parameters: $from_day, $to_day (date, inclusive), $limit (integer or null)
with by_author as (
    select
        platform,
        author_id,
        arg_max(author_handle, created_at) as author_handle,
        max(author_followers) as author_followers,
        count(*) as n_mentions,
        count(*) filter (where sentiment_label = 'negative') as n_negative,
        count(*) filter (where sentiment_label = 'positive') as n_positive,
        count(*) filter (where is_flagged) as n_flagged,
        sum(engagement) as engagement,
        min(created_at) as first_seen_at,
        max(created_at) as last_seen_at
    from v_analyst_mentions
    where local_day between $from_day and $to_day and not is_excluded
      and author_id is not null
    group by platform, author_id
),

final as (
    select
        platform, author_handle, author_followers, n_mentions, n_negative, n_positive,
        n_negative / n_mentions as negative_share, n_flagged, engagement, first_seen_at,
        last_seen_at
    from by_author
)

select * from final
order by n_mentions desc, author_followers desc nulls last, platform, author_handle
limit $limit
