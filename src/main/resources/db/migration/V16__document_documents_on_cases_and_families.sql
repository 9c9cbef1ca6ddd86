-- Documents kept on an early help case or on a family: signed consent forms, assessments from other
-- agencies, reports. The metadata is always here; the bytes are in document_chunk (the default) or in
-- a directory set by configuration, as stored_in says, so a document stays readable after the setting
-- changes.
create table document (
    id                    uuid primary key,
    case_id               uuid references caf_case (id),
    family_id             uuid references family (id),
    title                 text not null,
    kind                  text not null,
    file_name             text not null,
    content_type          text not null,
    size_bytes            bigint not null,
    sha256                text not null,
    stored_in             text not null,
    uploaded_by_staff_id  uuid,
    uploaded_by           text not null,
    uploaded_at           timestamptz not null,
    constraint document_one_owner check ((case_id is null) <> (family_id is null)),
    constraint document_size check (size_bytes > 0 and size_bytes <= 20971520),
    constraint document_title check (length(title) between 1 and 200),
    constraint document_kind check (kind in ('CONSENT_FORM', 'ASSESSMENT', 'REPORT', 'LETTER', 'OTHER')),
    constraint document_stored_in check (stored_in in ('DATABASE', 'DIRECTORY'))
);

create index document_case on document (case_id, uploaded_at desc) where case_id is not null;
create index document_family on document (family_id, uploaded_at desc) where family_id is not null;

-- The bytes of a document stored in the database, in chunks of at most 1 MiB, so that neither an upload
-- nor a download ever holds a whole file in memory.
create table document_chunk (
    document_id  uuid not null references document (id) on delete cascade,
    position     integer not null,
    bytes        bytea not null,
    primary key (document_id, position)
);
