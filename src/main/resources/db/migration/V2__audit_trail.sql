-- The append-only trail of every read and write of personal data.
create table audit_entry (
    id          uuid primary key,
    at          timestamptz not null,
    actor       text not null,
    action      text not null check (action in ('VIEW', 'CREATE', 'UPDATE', 'DELETE', 'SHARE', 'EXPORT')),
    record_kind text not null,
    record_id   text not null,
    summary     text not null
);
create index audit_entry_record on audit_entry (record_kind, record_id, at desc);
create index audit_entry_actor on audit_entry (actor, at desc);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only';
end;
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
