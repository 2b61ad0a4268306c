-- 001: core tables. Grain of each table is in its comment.
-- Applied once by flows/store.py, recorded in schema_migrations.

-- one row per public post, merged on (platform, post_id): re-fetching updates metrics only.
create table if not exists mentions (
    platform            varchar not null,
    post_id             varchar not null,
    url                 varchar,
    kind                varchar not null,
    created_at          timestamptz not null,
    author_id           varchar,
    author_handle       varchar,
    author_name         varchar,
    author_description  varchar,
    author_followers    bigint,
    text                varchar not null,
    lang                varchar,
    parent_id           varchar,
    conversation_id     varchar,
    community           varchar,
    n_likes             bigint not null default 0,
    n_reposts           bigint not null default 0,
    n_replies           bigint not null default 0,
    n_quotes            bigint not null default 0,
    score               bigint not null default 0,
    n_comments          bigint not null default 0,
    query               varchar,
    raw                 json,
    first_fetched_at    timestamptz not null,
    last_fetched_at     timestamptz not null,
    primary key (platform, post_id)
);

-- one row per raw API page ever fetched (append only; identical pages stored once by hash).
create table if not exists raw_pages (
    page_sha256   varchar primary key,
    platform      varchar not null,
    partition_key varchar not null,
    run_id        varchar,
    fetched_at    timestamptz not null,
    request       json,
    payload       json not null
);

-- one row per (platform, partition): how far that query or subreddit has been read.
create table if not exists cursors (
    platform      varchar not null,
    partition_key varchar not null,
    value         varchar,
    updated_at    timestamptz not null,
    primary key (platform, partition_key)
);

-- one row per mention and scorer version: replacing a version replaces its rows.
create table if not exists sentiment_scores (
    platform        varchar not null,
    post_id         varchar not null,
    scorer_version  varchar not null,
    label           varchar not null,
    score           double not null,
    scored_at       timestamptz not null,
    primary key (platform, post_id, scorer_version)
);

-- one row per flag raised on a mention by a rules version.
create table if not exists flags (
    platform       varchar not null,
    post_id        varchar not null,
    rules_version  varchar not null,
    category       varchar not null,
    severity       varchar not null,
    rule           varchar not null,
    policy         varchar not null,
    evidence       varchar not null,  -- already masked: safe to show
    span_start     integer not null,
    span_end       integer not null,
    flagged_at     timestamptz not null,
    primary key (platform, post_id, rules_version, rule, span_start)
);

-- one row per mention: which scorer and rules versions last analyzed it (work list for scoring).
create table if not exists analyzed (
    platform        varchar not null,
    post_id         varchar not null,
    scorer_version  varchar not null,
    rules_version   varchar not null,
    is_excluded     boolean not null,
    analyzed_at     timestamptz not null,
    primary key (platform, post_id)
);

-- one row per flow run step.
create table if not exists runs (
    run_id       varchar not null,
    step         varchar not null,
    day          date,
    started_at   timestamptz not null,
    finished_at  timestamptz,
    status       varchar not null,
    n_in         bigint,
    n_out        bigint,
    detail       varchar,
    primary key (run_id, step)
);

-- one row per report day (profile timezone): delete-and-insert on each run of that day.
create table if not exists daily_summary (
    day                  date primary key,
    timezone             varchar not null,
    n_mentions           bigint not null,
    n_x                  bigint not null,
    n_reddit             bigint not null,
    n_positive           bigint not null,
    n_neutral            bigint not null,
    n_negative           bigint not null,
    net_sentiment        double,
    baseline_7d          double,
    baseline_28d         double,
    n_flags              bigint not null,
    n_flags_critical     bigint not null,
    n_flags_high         bigint not null,
    is_surge             boolean not null,
    risk_score           double not null,
    scorer_version       varchar,
    missing_sources      varchar,
    generated_at         timestamptz not null
);

-- one row per (day, platform) ingest outcome, so a report can say a source is missing.
create table if not exists source_status (
    day        date not null,
    platform   varchar not null,
    status     varchar not null,   -- ok | failed | partial
    detail     varchar,
    updated_at timestamptz not null,
    primary key (day, platform)
);
