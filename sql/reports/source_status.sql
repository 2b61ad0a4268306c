-- grain: one row per platform with an ingest outcome for the day.
-- parameters: $day (date)
select platform, status, detail from source_status where day = $day order by platform
