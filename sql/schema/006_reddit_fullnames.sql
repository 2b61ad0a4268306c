-- 006: Reddit ids become fullnames. A post and a comment can share a base-36 id ("abc" can be
-- t3_abc and t1_abc), so the bare id is no key: every (platform, post_id) of Reddit is now
-- the fullname, as the connector stores it from now on. Each stored bare id gets its item's
-- own fullname (raw->>'name'), else t3_/t1_ by kind; rows of no stored mention (left behind)
-- are taken as posts. Parents and threads become fullnames too. Ids that already have a
-- prefix are left alone, so the migration is safe on any database. URLs are not touched: they
-- are the items' permalinks, so report links keep working.

create temp table reddit_fullnames as
select
    post_id as old_id,
    coalesce(
        nullif(raw->>'name', ''),
        case when kind = 'comment' then 't1_' else 't3_' end || post_id
    ) as new_id
from mentions
where platform = 'reddit' and not contains(post_id, '_');

update sentiment_scores as t set post_id = coalesce(
    (select f.new_id from reddit_fullnames as f where f.old_id = t.post_id), 't3_' || t.post_id
) where t.platform = 'reddit' and not contains(t.post_id, '_');

update flags as t set post_id = coalesce(
    (select f.new_id from reddit_fullnames as f where f.old_id = t.post_id), 't3_' || t.post_id
) where t.platform = 'reddit' and not contains(t.post_id, '_');

update analyzed as t set post_id = coalesce(
    (select f.new_id from reddit_fullnames as f where f.old_id = t.post_id), 't3_' || t.post_id
) where t.platform = 'reddit' and not contains(t.post_id, '_');

update reviews as t set post_id = coalesce(
    (select f.new_id from reddit_fullnames as f where f.old_id = t.post_id), 't3_' || t.post_id
) where t.platform = 'reddit' and not contains(t.post_id, '_');

update mentions as m set
    post_id = f.new_id,
    parent_id = case
        when m.parent_id is null or contains(m.parent_id, '_') then m.parent_id
        else coalesce(nullif(m.raw->>'parent_id', ''), 't3_' || m.parent_id)
    end,
    conversation_id = case
        when m.conversation_id is null or contains(m.conversation_id, '_') then m.conversation_id
        else coalesce(nullif(m.raw->>'link_id', ''), 't3_' || m.conversation_id)
    end
from reddit_fullnames as f
where m.platform = 'reddit' and m.post_id = f.old_id;

drop table reddit_fullnames;

comment on column v_analyst_mentions.post_id is
    'the platform''s id of the post (a string; Reddit: the fullname, t3_ post or t1_ comment)';
