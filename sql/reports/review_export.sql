-- grain: one row per reviewed post (platform, post_id): the post as stored (raw text, not
-- masked) and the flag categories HR confirmed or dismissed on it, for `brandrisk review
-- export`. A category counts as confirmed when any of its rules was confirmed on the post.
-- The output is confidential labeled data for the company's own evaluation, never a report.
-- parameters: none
with rule_categories as (
    -- a rule's category is fixed; reviews outlive rule versions, so read every version
    select distinct platform, post_id, rule, category
    from flags
),

decisions as (
    select
        r.platform,
        r.post_id,
        r.decision,
        c.category,
        r.reviewed_at
    from reviews as r
    inner join rule_categories as c
        on r.platform = c.platform and r.post_id = c.post_id and r.rule = c.rule
),

per_post as (
    select
        platform,
        post_id,
        list_sort(list_distinct(list(category) filter (where decision = 'confirmed')))
            as confirmed_categories,
        list_sort(list_distinct(list(category) filter (where decision = 'dismissed')))
            as dismissed_categories,
        max(reviewed_at) as last_reviewed_at
    from decisions
    group by platform, post_id
),

final as (
    select
        m.platform,
        m.post_id,
        m.created_at,
        m.author_handle,
        m.author_description,
        m.author_followers,
        m.n_likes,
        m.n_reposts,
        m.n_replies,
        m.n_quotes,
        m.score,
        m.n_comments,
        m.community,
        m.lang,
        m.text,
        coalesce(p.confirmed_categories, []) as confirmed_categories,
        coalesce(p.dismissed_categories, []) as dismissed_categories,
        p.last_reviewed_at
    from per_post as p
    inner join mentions as m
        on p.platform = m.platform and p.post_id = m.post_id
)

select * from final
order by platform, post_id
