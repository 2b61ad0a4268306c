-- grain: one row per word in mentions (not excluded) of company-local days
-- [$from_day, $to_day] that at least $min_authors distinct authors used, most posts first,
-- at most $limit rows. A word only one or two people use can be a name, handle or number:
-- it is never listed. Links, stop words and words under 3 letters are left out.
-- parameters: $from_day, $to_day (date, inclusive), $min_authors, $limit (integer)
with posts as (
    select
        platform,
        post_id,
        author_id,
        sentiment_label,
        regexp_replace(lower(text), 'https?://\S+', ' ', 'g') as text
    from v_analyst_mentions
    where local_day between $from_day and $to_day and not is_excluded
),

words as (
    select
        platform,
        post_id,
        author_id,
        sentiment_label,
        unnest(regexp_extract_all(text, '[#@]?[a-z][a-z''_-]*[a-z]')) as term
    from posts
),

stop_words as (
    select unnest(string_split(
        'the and for are but not you all any can had her was one our out day get has him his '
        || 'how man new now old see two way who boy did its let put say she too use that with '
        || 'have this will your from they know want been good much some time very when come '
        || 'here just like long make many more only over such take than them well were what '
        || 'about after again also back been being both could does doing down each even ever '
        || 'every going into it''s i''m don''t can''t isn''t didn''t doesn''t won''t i''ve '
        || 'you''re that''s there''s their there these those then this through under until '
        || 'upon which while would should other where why yes yet lol tbh anyone someone '
        || 'really still again because before same own off ours hers mine what''s who''s '
        || 'got using please my me we us he it is in on at to of or as by an be do if no so up',
        ' '
    )) as word
),

per_post as (
    select distinct platform, post_id, author_id, sentiment_label, term
    from words
    where length(ltrim(term, '#@')) >= 3
      and term not in (select word from stop_words where word <> '')
),

final as (
    select
        term,
        count(*) as n_posts,
        count(distinct author_id) as n_authors,
        count(*) filter (where sentiment_label = 'negative') as n_negative,
        count(*) filter (where sentiment_label = 'negative') / count(*) as negative_share
    from per_post
    group by term
    having count(distinct author_id) >= $min_authors
)

select * from final order by n_posts desc, term limit $limit
