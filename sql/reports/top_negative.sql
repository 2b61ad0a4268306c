-- grain: one row per negative mention of the day, the $limit with the widest reach.
-- the company's own accounts ($own_handles, lowercase) are left out: their replies are not risk.
-- parameters: $day_start, $day_end (timestamptz), $limit, $own_handles (list of varchar)
with final as (
    select
        platform, post_id, url, created_at, author_handle, author_followers, community,
        n_likes, n_reposts, n_comments, score, reach, sentiment_score, text
    from v_mentions
    where created_at >= $day_start and created_at < $day_end
      and not is_excluded and sentiment_label = 'negative'
      and not list_contains($own_handles, lower(coalesce(author_handle, '')))
)

select * from final order by reach desc, sentiment_score asc, post_id limit $limit
