-- grain: one row per current flag, as v_flags defines it (its columns, evidence already
-- masked), on mentions of company-local days [$from_day, $to_day], with the mention's local
-- day, sentiment and reach; worst first.
-- parameters: $from_day, $to_day (date, inclusive)
with final as (
    select
        f.*,
        m.local_day,
        m.sentiment_label,
        m.reach
    from v_flags as f
    inner join v_analyst_mentions as m
        on f.platform = m.platform and f.post_id = m.post_id
    where m.local_day between $from_day and $to_day
)

select * from final order by severity_rank desc, created_at, platform, post_id, rule
