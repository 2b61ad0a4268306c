-- 004: HR review decisions. One row per (platform, post_id, rule): the latest decision on that
-- rule for that post. A dismissed pair stays dismissed when the post is analyzed again.
create table if not exists reviews (
    platform     varchar not null,
    post_id      varchar not null,
    rule         varchar not null,
    decision     varchar not null check (decision in ('confirmed', 'dismissed')),
    reviewer     varchar,
    note         varchar,
    reviewed_at  timestamptz not null,
    primary key (platform, post_id, rule)
);

-- v_flags again, now with a stable flag_id and the review status; dismissed flags stay
-- visible here (is_dismissed) and reports leave them out.
create or replace view v_flags as
with final as (
    select
        f.platform || ':' || f.post_id || ':' || f.rule as flag_id,
        f.platform,
        f.post_id,
        f.rules_version,
        f.category,
        f.severity,
        case f.severity when 'critical' then 4 when 'high' then 3 when 'medium' then 2 else 1 end
            as severity_rank,
        f.rule,
        f.policy,
        f.evidence,
        f.span_start,
        f.span_end,
        f.flagged_at,
        m.created_at,
        m.url,
        m.author_id,
        m.author_handle,
        m.author_followers,
        m.community,
        coalesce(r.decision, 'unreviewed') as review_status,
        coalesce(r.decision = 'dismissed', false) as is_dismissed,
        r.reviewer,
        r.reviewed_at
    from flags as f
    inner join analyzed as a
        on f.platform = a.platform and f.post_id = a.post_id and f.rules_version = a.rules_version
    inner join mentions as m
        on f.platform = m.platform and f.post_id = m.post_id
    left join reviews as r
        on f.platform = r.platform and f.post_id = r.post_id and f.rule = r.rule
    -- one row per (post, rule): a rule firing on two spans is one thing to review
    qualify row_number() over (
        partition by f.platform, f.post_id, f.rule order by f.span_start
    ) = 1
)

select * from final;
