-- grain: one row per mention of the day (text kept in the database process; callers mask it).
-- parameters: $day_start, $day_end (timestamptz)
with final as (
    select platform, post_id, created_at, author_handle, text
    from v_mentions
    where created_at >= $day_start and created_at < $day_end and not is_excluded
)

select * from final order by created_at, post_id
