-- the staged sentiment scores.
insert into sentiment_scores
select platform, post_id, scorer_version, label, score, now() as scored_at
from stg_scores
