-- grain: one row per day (profile timezone) in [$from_start, $day_start), days with no
-- mentions left out (the caller fills zeros). Used for the 7- and 28-day baselines.
-- parameters: $from_start, $day_start (timestamptz), $tz (IANA name)
with final as (
    select
        (created_at at time zone $tz)::date as day,
        count(*) as n_mentions,
        count(*) filter (where sentiment_label = 'negative') as n_negative,
        count(*) filter (where sentiment_label = 'positive') as n_positive
    from v_mentions
    where created_at >= $from_start and created_at < $day_start and not is_excluded
    group by 1
)

select * from final order by day
