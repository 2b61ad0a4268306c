-- grain: one row: how many stored mentions the given scorer and rules versions have not
-- analyzed yet (what the next analysis pass, e.g. `brandrisk rescore`, will do).
-- parameters: $scorer_version, $rules_version
select count(*) as n_mentions
from mentions as m
left join analyzed as a using (platform, post_id)
where a.post_id is null or a.scorer_version <> $scorer_version or a.rules_version <> $rules_version
