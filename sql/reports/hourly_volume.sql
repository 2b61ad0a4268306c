-- grain: one row per UTC hour with mentions in [$from_start, $day_end).
-- parameters: $from_start, $day_end (timestamptz)
with final as (
    select
        time_bucket(interval 1 hour, created_at) as hour_at,
        count(*) as n_mentions,
        count(*) filter (where sentiment_label = 'negative') as n_negative
    from v_mentions
    where created_at >= $from_start and created_at < $day_end and not is_excluded
    group by 1
)

select * from final order by hour_at
