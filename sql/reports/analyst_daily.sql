-- grain: one row per (company-local day, platform) with mentions in [$from_day, $to_day];
-- excluded posts only counted in n_excluded. Columns documented on v_analyst_daily.
-- parameters: $from_day, $to_day (date, inclusive)
with final as (
    select *
    from v_analyst_daily
    where local_day between $from_day and $to_day
)

select * from final order by local_day, platform
