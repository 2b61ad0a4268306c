-- mentions that the current scorer and rules versions have not analyzed yet, in rowid order
-- from $after_rowid (keyset paging: no re-sorting of the whole table per batch).
-- parameters: $scorer_version, $rules_version, $after_rowid, $limit
select
    m.rowid as row_id, m.platform, m.post_id, m.kind, m.created_at, m.author_id,
    m.author_handle, m.author_name, m.author_description, m.author_followers, m.text, m.lang,
    m.community, m.n_likes, m.n_reposts, m.n_replies, m.n_quotes, m.score, m.n_comments
from mentions as m
left join analyzed as a using (platform, post_id)
where m.rowid > $after_rowid
  and (a.post_id is null or a.scorer_version <> $scorer_version or a.rules_version <> $rules_version)
order by m.rowid
limit $limit
