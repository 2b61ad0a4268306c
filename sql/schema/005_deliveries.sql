-- 005: delivery outcomes. One row per (day, audience, channel): the latest attempt to send
-- that view there. The report files exist whatever this says.
create table if not exists deliveries (
    day           date not null,
    audience      varchar not null,   -- marketing | hr
    channel       varchar not null,   -- webhook | email
    status        varchar not null,   -- sent | failed | skipped
    n_attempts    integer not null,
    detail        varchar,
    updated_at    timestamptz not null,
    primary key (day, audience, channel)
);
