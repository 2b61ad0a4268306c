-- flags are always replaced, never only inserted: the delete costs little (flags are few) and
-- is right even for a post whose flags outlived its analyzed marker.
delete from flags as f
using stg_analyzed as n
where f.platform = n.platform and f.post_id = n.post_id and f.rules_version = n.rules_version
