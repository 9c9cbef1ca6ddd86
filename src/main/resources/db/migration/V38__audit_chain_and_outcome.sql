-- The audit trail holds up: a position for each entry, who (in which role) was allowed or refused, and a hash chain.
--
-- seq: the order entries were inserted in (the sealer walks it); assigned by PostgreSQL, so the one INSERT of the
-- hot path (AuditEntryRepository.append) stays one statement and takes no lock beyond the sequence's.
alter table audit_entry add column seq bigint generated always as identity;
create unique index audit_entry_seq on audit_entry (seq);
-- The roles the actor held, and whether the access was given or refused (a refused read is audited too).
alter table audit_entry add column actor_roles text;
alter table audit_entry add column outcome text not null default 'ALLOWED' check (outcome in ('ALLOWED', 'DENIED'));

-- The hash chain: one row per sealed entry, in chain order. Each hash covers the entry's content and the hash
-- before it, so changing, deleting or slipping in an entry breaks every link after it. Written only by the sealer
-- (audit.internal.AuditSealer), insert-only for the app's role like every audit_* table (AppRoleGrants).
create table audit_seal (
    position    bigint primary key check (position > 0),
    entry_seq   bigint not null unique,
    entry_hash  text not null,
    sealed_at   timestamptz not null
);

create trigger audit_seal_append_only before update or delete on audit_seal
    for each row execute function audit_entry_is_append_only();
