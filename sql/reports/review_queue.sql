-- grain: one row per current flag (post and rule) in [$from_start, $to_end) with the given
-- review status ('all' for every status). parameters: $from_start, $to_end, $status
select
    flag_id, created_at, platform, author_handle, category, severity, severity_rank, rule,
    policy, evidence, review_status, url
from v_flags
where created_at >= $from_start and created_at < $to_end
  and ($status = 'all' or review_status = $status)
order by severity_rank desc, created_at, flag_id
