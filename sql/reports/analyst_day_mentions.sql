-- grain: one row per mention (not excluded) on company-local day $day, highest reach first,
-- at most $limit rows (null: all). text is raw: mask it before showing it anywhere.
-- parameters: $day (date), $limit (integer or null)
with final as (
    select
        local_day, local_hour, created_at, platform, kind, author_handle, author_followers,
        community, text, sentiment_label, sentiment_score, reach, engagement, n_flag_rules,
        flag_categories, max_severity, url, post_id
    from v_analyst_mentions
    where local_day = $day and not is_excluded
)

select * from final order by reach desc, created_at, platform, post_id limit $limit
