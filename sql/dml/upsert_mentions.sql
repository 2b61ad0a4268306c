-- merge stg_mentions into mentions on (platform, post_id).
-- a post fetched twice in one batch keeps its latest copy; an existing post gets fresh
-- metrics and last_fetched_at, and keeps first_fetched_at.
insert into mentions
select
    platform, post_id, url, kind, created_at, author_id, author_handle, author_name,
    author_description, author_followers, text, lang, parent_id, conversation_id, community,
    n_likes, n_reposts, n_replies, n_quotes, score, n_comments, query, raw,
    fetched_at as first_fetched_at,
    fetched_at as last_fetched_at
from stg_mentions
qualify row_number() over (partition by platform, post_id order by fetched_at desc) = 1
on conflict (platform, post_id) do update set
    author_followers = excluded.author_followers,
    n_likes = excluded.n_likes,
    n_reposts = excluded.n_reposts,
    n_replies = excluded.n_replies,
    n_quotes = excluded.n_quotes,
    score = excluded.score,
    n_comments = excluded.n_comments,
    last_fetched_at = excluded.last_fetched_at
