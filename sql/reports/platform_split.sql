-- grain: one row per platform with mentions on the report day.
-- parameters: $day_start, $day_end (timestamptz)
with final as (
    select
        platform,
        count(*) as n_mentions,
        count(*) filter (where sentiment_label = 'positive') as n_positive,
        count(*) filter (where sentiment_label = 'neutral') as n_neutral,
        count(*) filter (where sentiment_label = 'negative') as n_negative,
        sum(reach) as reach
    from v_mentions
    where created_at >= $day_start and created_at < $day_end and not is_excluded
    group by platform
)

select * from final order by n_mentions desc, platform
