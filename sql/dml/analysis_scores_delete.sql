-- drop the stored scores of the staged mentions' scorer version (they are analyzed again).
delete from sentiment_scores as s
using stg_scores as n
where s.platform = n.platform and s.post_id = n.post_id and s.scorer_version = n.scorer_version
