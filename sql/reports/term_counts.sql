-- grain: one row per word or #hashtag used on the report day, with how many posts of the day
-- and of the baseline window [$from_start, $day_start) use it (each post counts a term once).
-- parameters: $from_start, $day_start, $day_end (timestamptz), $min_count, $limit
with tokens as (
    select
        created_at >= $day_start as is_day,
        unnest(list_distinct(regexp_extract_all(lower(text), '#?[a-z][a-z0-9_]{2,24}'))) as term
    from v_mentions
    where created_at >= $from_start and created_at < $day_end and not is_excluded
),

final as (
    select
        term,
        count(*) filter (where is_day) as n_day,
        count(*) filter (where not is_day) as n_baseline
    from tokens
    group by term
    having count(*) filter (where is_day) >= $min_count
)

select * from final order by n_day desc, term limit $limit
