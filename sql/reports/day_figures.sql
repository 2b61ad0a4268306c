-- grain: one row for one report day.
-- parameters: $day_start, $day_end (timestamptz bounds of the day in the profile timezone)
with day_mentions as (
    select *
    from v_mentions
    where created_at >= $day_start and created_at < $day_end and not is_excluded
),

flag_counts as (
    select
        count(*) as n_flags,
        count(*) filter (where f.severity = 'critical') as n_flags_critical,
        count(*) filter (where f.severity = 'high') as n_flags_high,
        count(*) filter (where f.severity = 'medium') as n_flags_medium,
        count(*) filter (where f.severity = 'low') as n_flags_low
    from v_flags as f
    where f.created_at >= $day_start and f.created_at < $day_end and not f.is_dismissed
),

final as (
    select
        count(*) as n_mentions,
        count(*) filter (where platform = 'x') as n_x,
        count(*) filter (where platform = 'reddit') as n_reddit,
        count(*) filter (where sentiment_label = 'positive') as n_positive,
        count(*) filter (where sentiment_label = 'neutral') as n_neutral,
        count(*) filter (where sentiment_label = 'negative') as n_negative,
        count(*) filter (where sentiment_label is null) as n_unscored,
        string_agg(distinct scorer_version, ', ') as scorer_version,
        any_value(fc.n_flags) as n_flags,
        any_value(fc.n_flags_critical) as n_flags_critical,
        any_value(fc.n_flags_high) as n_flags_high,
        any_value(fc.n_flags_medium) as n_flags_medium,
        any_value(fc.n_flags_low) as n_flags_low
    from day_mentions
    cross join flag_counts as fc
)

select * from final
