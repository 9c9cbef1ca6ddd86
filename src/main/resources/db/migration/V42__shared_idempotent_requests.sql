-- Create requests sent with an idempotency key (a hidden field on create forms, the Idempotency-Key header on API
-- POSTs), and the answer each got, so that a repeat of the request (a double click, a client's retry) is answered
-- the same way instead of making a second record. Rows are deleted once the key's lifetime is over (24 hours by
-- default); the stored answer may hold personal data, so it is kept no longer than that.
create table idempotent_request (
    staff           text        not null,
    idempotency_key text        not null,
    method          text        not null,
    path            text        not null,
    -- what the request said (method, path, query and body), hashed: the same key with a different request is refused
    fingerprint     text        not null,
    -- null while the first request is being handled
    status          integer,
    location        text,
    content_type    text,
    body            text,
    created_at      timestamptz not null default now(),
    answered_at     timestamptz,
    primary key (staff, idempotency_key),
    constraint idempotent_request_key_length check (length(idempotency_key) between 1 and 200)
);

create index idempotent_request_created on idempotent_request (created_at);
