-- append raw pages from stg_pages; a page already stored (same hash) is not stored again.
-- stg_pages holds each hash once (flows/store.py drops duplicates within a batch).
insert into raw_pages
select s.*
from stg_pages as s
where not exists (select 1 from raw_pages as r where r.page_sha256 = s.page_sha256)
