-- the merge clause that turns analysis_analyzed_insert.sql into an upsert.
on conflict (platform, post_id) do update set
    scorer_version = excluded.scorer_version,
    rules_version = excluded.rules_version,
    is_excluded = excluded.is_excluded,
    analyzed_at = excluded.analyzed_at
