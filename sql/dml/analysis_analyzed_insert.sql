-- the staged analyzed markers. for mentions never analyzed before this plain insert is all;
-- one analyzed before fails it on its key, and flows/store.py then appends
-- analysis_analyzed_on_conflict.sql to replace the marker.
insert into analyzed
select platform, post_id, scorer_version, rules_version, is_excluded, now() as analyzed_at
from stg_analyzed
