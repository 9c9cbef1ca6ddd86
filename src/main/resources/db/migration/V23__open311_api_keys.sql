-- Open311 clients (FixMyStreet and other civic tools) and their API keys. A key is 160 random bits shown
-- once when issued; only its SHA-256 is kept (the key is random, so a fast hash is enough to make a stolen
-- table useless). A revoked key stays listed, with who revoked it and when.
create table open311_client (
    id           uuid primary key,
    client_name  text not null check (length(client_name) between 1 and 200),
    key_hash     bytea not null unique check (length(key_hash) = 32),
    key_hint     text not null,
    created_at   timestamptz not null,
    created_by   text not null,
    revoked_at   timestamptz,
    revoked_by   text,
    last_used_at timestamptz,
    version      bigint not null default 0,
    check ((revoked_at is null) = (revoked_by is null))
);
create index open311_client_name on open311_client (client_name);
