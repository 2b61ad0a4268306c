-- mentions that the current scorer and rules versions have not analyzed yet.
-- parameters: $scorer_version, $rules_version, $limit
select m.*
from mentions as m
left join analyzed as a using (platform, post_id)
where a.post_id is null
   or a.scorer_version <> $scorer_version
   or a.rules_version <> $rules_version
order by m.created_at, m.platform, m.post_id
limit $limit
