-- 003: the analyst's data model, for notebooks and ad-hoc SQL.
--   v_analyst_mentions  one row per mention: latest sentiment, current flags, company-local day
--   v_analyst_daily     one row per (company-local day, platform): volume, sentiment, flags
-- Every column is typed and carries a comment: `select column_name, data_type, comment from
-- duckdb_columns() where table_name like 'v_analyst%'` prints the data dictionary.
-- Analysts read these from the read-only snapshot (<db>.snapshot.duckdb, see
-- notebooks/_brandrisk_nb.py), never from the file a flow is writing.
-- Built on the 001 tables only (not on v_mentions/v_flags, which later migrations may
-- redefine), so this applies before or after any of them. Review decisions (table `reviews`,
-- migration 004) are not joined here: 004 may run after this file on a new database.

create or replace view v_analyst_mentions as
with company as (
    -- the profile's timezone as the daily reports recorded it; UTC before the first report
    select coalesce(
        (select timezone from daily_summary order by day desc limit 1), 'UTC'
    ) as tz
),

latest_score as (
    select platform, post_id, scorer_version, label, score, scored_at
    from sentiment_scores
    qualify row_number() over (
        partition by platform, post_id order by scored_at desc, scorer_version desc
    ) = 1
),

current_flags as (
    -- flags of the rules version that last analyzed the mention (older versions are history)
    select
        f.platform,
        f.post_id,
        count(distinct f.rule) as n_flag_rules,
        count(*) as n_flag_spans,
        list_sort(list(distinct f.category)) as flag_categories,
        list_sort(list(distinct f.rule)) as flag_rules,
        max(
            case f.severity when 'critical' then 4 when 'high' then 3 when 'medium' then 2
            else 1 end
        ) as max_severity_rank
    from flags as f
    inner join analyzed as a
        on f.platform = a.platform and f.post_id = a.post_id and f.rules_version = a.rules_version
    group by f.platform, f.post_id
),

final as (
    select
        m.platform::varchar as platform,
        m.post_id::varchar as post_id,
        m.url::varchar as url,
        m.kind::varchar as kind,
        m.created_at::timestamptz as created_at,
        (m.created_at at time zone c.tz)::date as local_day,
        hour(m.created_at at time zone c.tz)::integer as local_hour,
        c.tz::varchar as timezone,
        m.author_id::varchar as author_id,
        m.author_handle::varchar as author_handle,
        m.author_name::varchar as author_name,
        m.author_description::varchar as author_description,
        m.author_followers::bigint as author_followers,
        m.community::varchar as community,
        m.lang::varchar as lang,
        m.query::varchar as query,
        m.text::varchar as text,
        m.n_likes::bigint as n_likes,
        m.n_reposts::bigint as n_reposts,
        m.n_replies::bigint as n_replies,
        m.n_quotes::bigint as n_quotes,
        m.n_comments::bigint as n_comments,
        m.score::bigint as score,
        (m.n_likes + m.n_reposts + m.n_replies + m.n_quotes + m.n_comments)::bigint
            as engagement,
        (coalesce(m.author_followers, 0) + m.n_likes + m.n_reposts + m.n_quotes + m.score)::bigint
            as reach,
        (a.post_id is not null)::boolean as is_analyzed,
        coalesce(a.is_excluded, false)::boolean as is_excluded,
        s.label::varchar as sentiment_label,
        s.score::double as sentiment_score,
        (case s.label when 'positive' then 1 when 'negative' then -1 when 'neutral' then 0 end)
            ::integer as sentiment_sign,
        s.scorer_version::varchar as scorer_version,
        s.scored_at::timestamptz as scored_at,
        coalesce(cf.n_flag_rules, 0)::integer as n_flag_rules,
        coalesce(cf.n_flag_spans, 0)::integer as n_flag_spans,
        coalesce(cf.flag_categories, [])::varchar[] as flag_categories,
        coalesce(cf.flag_rules, [])::varchar[] as flag_rules,
        (case cf.max_severity_rank when 4 then 'critical' when 3 then 'high' when 2 then 'medium'
            when 1 then 'low' end)::varchar as max_severity,
        coalesce(cf.max_severity_rank, 0)::integer as max_severity_rank,
        (cf.post_id is not null)::boolean as is_flagged,
        m.first_fetched_at::timestamptz as first_fetched_at,
        m.last_fetched_at::timestamptz as last_fetched_at
    from mentions as m
    cross join company as c
    left join latest_score as s on m.platform = s.platform and m.post_id = s.post_id
    left join analyzed as a on m.platform = a.platform and m.post_id = a.post_id
    left join current_flags as cf on m.platform = cf.platform and m.post_id = cf.post_id
)

select * from final;

comment on view v_analyst_mentions is
    'one row per mention with its latest sentiment and current flags (003)';
comment on column v_analyst_mentions.platform is 'x or reddit; with post_id the key';
comment on column v_analyst_mentions.post_id is 'the platform''s id of the post (a string)';
comment on column v_analyst_mentions.url is 'link to the post';
comment on column v_analyst_mentions.kind is 'post, reply, repost, quote or comment';
comment on column v_analyst_mentions.created_at is 'when the post was published (UTC)';
comment on column v_analyst_mentions.local_day is
    'the report day: calendar day of created_at in the company timezone';
comment on column v_analyst_mentions.local_hour is 'hour 0-23 of created_at in that timezone';
comment on column v_analyst_mentions.timezone is
    'company timezone used for local_day (from the latest daily report; UTC before any)';
comment on column v_analyst_mentions.author_id is 'platform id of the author';
comment on column v_analyst_mentions.author_handle is 'author handle or username';
comment on column v_analyst_mentions.author_name is
    'author display name (personal data: do not publish)';
comment on column v_analyst_mentions.author_description is
    'author bio, raw (may hold personal data: mask with analysis.masking.mask_text)';
comment on column v_analyst_mentions.author_followers is 'author followers when fetched';
comment on column v_analyst_mentions.community is 'subreddit (reddit only)';
comment on column v_analyst_mentions.lang is 'language code the platform gave, if any';
comment on column v_analyst_mentions.query is 'the search query or subreddit that found it';
comment on column v_analyst_mentions.text is
    'post text, raw (may hold personal data or secrets: mask with analysis.masking.mask_text)';
comment on column v_analyst_mentions.n_likes is 'likes, latest fetch';
comment on column v_analyst_mentions.n_reposts is 'reposts/retweets, latest fetch';
comment on column v_analyst_mentions.n_replies is 'replies, latest fetch';
comment on column v_analyst_mentions.n_quotes is 'quote posts, latest fetch';
comment on column v_analyst_mentions.n_comments is 'comments (reddit), latest fetch';
comment on column v_analyst_mentions.score is 'reddit score (upvotes minus downvotes)';
comment on column v_analyst_mentions.engagement is
    'n_likes + n_reposts + n_replies + n_quotes + n_comments';
comment on column v_analyst_mentions.reach is
    'author_followers + n_likes + n_reposts + n_quotes + score, as the reports rank by it';
comment on column v_analyst_mentions.is_analyzed is 'scored and checked for flags already';
comment on column v_analyst_mentions.is_excluded is
    'about another company with the same name (profile exclusions): leave out of counts';
comment on column v_analyst_mentions.sentiment_label is
    'negative, neutral or positive from the latest scorer run; null if not scored yet';
comment on column v_analyst_mentions.sentiment_score is 'scorer score, -1 (negative) to 1';
comment on column v_analyst_mentions.sentiment_sign is
    '-1 negative, 0 neutral, 1 positive; null if not scored yet';
comment on column v_analyst_mentions.scorer_version is 'scorer version that gave the label';
comment on column v_analyst_mentions.scored_at is 'when that score was computed';
comment on column v_analyst_mentions.n_flag_rules is
    'current flags counted per rule (the unit HR reviews); 0 if none';
comment on column v_analyst_mentions.n_flag_spans is
    'current flags counted per matched span (v_mentions.n_flags counts these)';
comment on column v_analyst_mentions.flag_categories is
    'sorted distinct categories of the current flags, e.g. [confidential_leak]';
comment on column v_analyst_mentions.flag_rules is 'sorted distinct rules that fired';
comment on column v_analyst_mentions.max_severity is
    'worst severity of the current flags (low, medium, high, critical); null if none';
comment on column v_analyst_mentions.max_severity_rank is
    '1 low .. 4 critical, 0 when not flagged (for sorting)';
comment on column v_analyst_mentions.is_flagged is 'at least one current flag';
comment on column v_analyst_mentions.first_fetched_at is 'when we first stored the post';
comment on column v_analyst_mentions.last_fetched_at is 'when its metrics were last refreshed';


create or replace view v_analyst_daily as
with final as (
    select
        local_day,
        platform,
        count(*) filter (where not is_excluded)::bigint as n_mentions,
        count(*) filter (where not is_excluded and sentiment_label = 'positive')::bigint
            as n_positive,
        count(*) filter (where not is_excluded and sentiment_label = 'neutral')::bigint
            as n_neutral,
        count(*) filter (where not is_excluded and sentiment_label = 'negative')::bigint
            as n_negative,
        count(*) filter (where not is_excluded and sentiment_label is null)::bigint
            as n_unscored,
        (
            (
                count(*) filter (where not is_excluded and sentiment_label = 'positive')
                - count(*) filter (where not is_excluded and sentiment_label = 'negative')
            ) / nullif(count(*) filter (where not is_excluded), 0)
        )::double as net_sentiment,
        avg(sentiment_score) filter (where not is_excluded)::double as mean_sentiment_score,
        count(distinct author_id) filter (where not is_excluded)::bigint as n_authors,
        count(*) filter (where not is_excluded and is_flagged)::bigint as n_flagged_mentions,
        coalesce(sum(n_flag_rules) filter (where not is_excluded), 0)::bigint as n_flag_rules,
        coalesce(sum(engagement) filter (where not is_excluded), 0)::bigint as engagement,
        count(*) filter (where is_excluded)::bigint as n_excluded
    from v_analyst_mentions
    group by local_day, platform
)

select * from final;

comment on view v_analyst_daily is
    'one row per (company-local day, platform); excluded posts only in n_excluded (003)';
comment on column v_analyst_daily.local_day is 'report day in the company timezone';
comment on column v_analyst_daily.platform is 'x or reddit';
comment on column v_analyst_daily.n_mentions is 'mentions, not counting excluded ones';
comment on column v_analyst_daily.n_positive is 'of those, labeled positive';
comment on column v_analyst_daily.n_neutral is 'of those, labeled neutral';
comment on column v_analyst_daily.n_negative is 'of those, labeled negative';
comment on column v_analyst_daily.n_unscored is 'of those, not scored yet';
comment on column v_analyst_daily.net_sentiment is
    '(n_positive - n_negative) / n_mentions, as the daily report computes it';
comment on column v_analyst_daily.mean_sentiment_score is 'average scorer score, -1 to 1';
comment on column v_analyst_daily.n_authors is 'distinct authors';
comment on column v_analyst_daily.n_flagged_mentions is 'mentions with a current flag';
comment on column v_analyst_daily.n_flag_rules is
    'current flags counted per (mention, rule), dismissed ones included';
comment on column v_analyst_daily.engagement is 'sum of v_analyst_mentions.engagement';
comment on column v_analyst_daily.n_excluded is
    'posts about the other company with the same name, left out of every other count';
