-- Subject access requests (UK GDPR Art. 15): the request as the data protection officer logged it, the export
-- compiled for it (as JSON, redacted by default), the officer's review of each item, and the request's history.

create table subject_access_request (
    id uuid primary key,
    person_id uuid not null,
    family_id uuid not null,
    subject_name text not null,
    subject_date_of_birth date,
    requester_name text not null,
    requester_kind text not null,
    received_how text not null,
    received_on date not null,
    identity_verified boolean not null,
    identity_how text,
    due_on date not null,
    extended_to date,
    extension_reason text,
    status text not null,
    compiled_at timestamptz,
    compiled_export text,
    released_at timestamptz,
    released_by text,
    logged_at timestamptz not null,
    logged_by text not null,
    version bigint not null default 0,
    constraint subject_access_status check (status in ('RECEIVED', 'COMPILED', 'RELEASED')),
    constraint subject_access_extension check ((extended_to is null) = (extension_reason is null)),
    constraint subject_access_released check ((status = 'RELEASED') = (released_at is not null)),
    constraint subject_access_compiled check (status = 'RECEIVED' or compiled_export is not null)
);

-- The open requests in due order: the officer's list.
create index subject_access_request_due on subject_access_request (status, due_on);

create table subject_access_item_review (
    request_id uuid not null references subject_access_request (id),
    item_key text not null,
    decision text not null,
    reason text not null,
    decided_by text not null,
    decided_at timestamptz not null,
    primary key (request_id, item_key),
    constraint subject_access_item_decision check (decision in ('RELEASE_UNREDACTED', 'WITHHOLD'))
);

create table subject_access_event (
    id uuid primary key,
    request_id uuid not null references subject_access_request (id),
    at timestamptz not null,
    actor text not null,
    what text not null
);

create index subject_access_event_request on subject_access_event (request_id, at);
