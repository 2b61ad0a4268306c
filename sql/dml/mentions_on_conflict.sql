-- the merge clause that turns dml/insert_mentions.sql into an upsert (flows/store.py joins
-- them): an existing post gets fresh metrics and last_fetched_at, and keeps first_fetched_at.
on conflict (platform, post_id) do update set
    author_followers = excluded.author_followers,
    n_likes = excluded.n_likes,
    n_reposts = excluded.n_reposts,
    n_replies = excluded.n_replies,
    n_quotes = excluded.n_quotes,
    score = excluded.score,
    n_comments = excluded.n_comments,
    last_fetched_at = excluded.last_fetched_at
