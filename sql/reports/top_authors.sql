-- grain: one row per author of the day, the $limit with the most followers.
-- parameters: $day_start, $day_end (timestamptz), $limit
with final as (
    select
        platform,
        author_handle,
        max(author_followers) as author_followers,
        count(*) as n_mentions,
        count(*) filter (where sentiment_label = 'negative') as n_negative
    from v_mentions
    where created_at >= $day_start and created_at < $day_end and not is_excluded
      and author_handle is not null
    group by platform, author_handle
)

select * from final order by author_followers desc nulls last, n_mentions desc limit $limit
