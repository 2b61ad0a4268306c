-- insert stg_mentions into mentions when none of them is stored yet (the usual batch of new
-- posts). one already stored fails the whole statement on its key; flows/store.py then rolls
-- back and runs it again with mentions_on_conflict.sql appended, a merge slower per row.
-- stg_mentions holds each post once, its latest copy (flows/store.py: latest_copies).
insert into mentions
select
    platform, post_id, url, kind, created_at, author_id, author_handle, author_name,
    author_description, author_followers, text, lang, parent_id, conversation_id, community,
    n_likes, n_reposts, n_replies, n_quotes, score, n_comments, query, raw,
    fetched_at as first_fetched_at,
    fetched_at as last_fetched_at
from stg_mentions
