-- Removing audit entries past their retention rule (placeworks.retention.audit.years, 7 by default). The app's role
-- may only add to and read the audit tables, so this is the schema owner's step, run from outside the app
-- (deploy/audit/remove-expired), through audit_remove_expired below, which only the owner may execute.
--
-- The chain is cut only at its start: the entries sealed from the first kept link up to the last link before the
-- first entry that is not older than the cut-off go, with their seals, in one transaction. The last removed link
-- becomes the chain's anchor (audit_removal): AuditChain.verify starts from its position and hash, and the sealer
-- carries on from it when no seal is left. An old entry sealed after a younger one stays until the younger one goes,
-- so a removal never leaves a gap in the middle of the chain.

create table audit_removal (
    id               bigint generated always as identity primary key,
    removed_at       timestamptz not null,
    removed_by       text        not null,
    cut_off          timestamptz not null,
    entries_removed  bigint      not null check (entries_removed > 0),
    -- The last removed link: the first kept seal is at the next position and its hash covers this one.
    anchor_position  bigint      not null check (anchor_position > 0),
    anchor_entry_seq bigint      not null,
    anchor_hash      text        not null
);

create trigger audit_removal_append_only before update or delete on audit_removal
    for each row execute function audit_entry_is_append_only();

-- The trail stays append-only, with one exception: the owner's removal says so for its own transaction (a setting only
-- audit_remove_expired makes, and only the owner may run it; the app's role has no DELETE on these tables anyway).
create or replace function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and tg_table_name in ('audit_entry', 'audit_seal')
            and current_setting('placeworks.audit_removal', true) = 'on' then
        return old;
    end if;
    raise exception 'the audit trail is append-only';
end;
$$;

-- Removes the sealed entries older than cut_off from the start of the chain, with their seals, and records the removal.
-- With dry_run it only counts. Answers what was (or would be) removed: no row when there is nothing to remove.
create function audit_remove_expired(cut_off timestamptz, dry_run boolean default false)
returns table (entries_removed bigint, anchor_position bigint, anchor_entry_seq bigint, anchor_hash text,
               oldest_kept timestamptz)
language plpgsql as $$
#variable_conflict use_column
declare
    previous_anchor bigint;
    last_removed bigint;
    found_seals bigint;
begin
    if cut_off is null or cut_off > now() then
        raise exception 'the cut-off must be a time in the past';
    end if;
    -- The sealer's advisory lock (AuditChain.LOCK_KEY, "seal"): no seal is added while the chain's start moves.
    perform pg_advisory_xact_lock(x'7365616c'::bigint);
    lock table audit_removal in exclusive mode;

    select coalesce(max(r.anchor_position), 0) into previous_anchor from audit_removal r;
    -- The last link before the first one whose entry is not past the cut-off (or is missing: evidence is not removed).
    select min(s.position) - 1 into last_removed
      from audit_seal s left join audit_entry e on e.seq = s.entry_seq
     where e.seq is null or e.at >= cut_off;
    if last_removed is null then
        select max(s.position) into last_removed from audit_seal s;
    end if;
    if last_removed is null or last_removed <= previous_anchor then
        return;
    end if;
    select count(*) into found_seals from audit_seal s where s.position <= last_removed;
    if found_seals <> last_removed - previous_anchor then
        raise exception 'the audit chain has a missing seal before position %: check the chain (/admin/audit-chain) first', last_removed;
    end if;

    return query
        select last_removed - previous_anchor, s.position, s.entry_seq, s.entry_hash,
               (select min(e.at) from audit_entry e
                 where not exists (select 1 from audit_seal k where k.entry_seq = e.seq and k.position <= last_removed))
          from audit_seal s where s.position = last_removed;
    if dry_run then
        return;
    end if;

    perform set_config('placeworks.audit_removal', 'on', true);
    insert into audit_removal (removed_at, removed_by, cut_off, entries_removed, anchor_position, anchor_entry_seq, anchor_hash)
        select now(), session_user, cut_off, last_removed - previous_anchor, s.position, s.entry_seq, s.entry_hash
          from audit_seal s where s.position = last_removed;
    delete from audit_entry e using audit_seal s where s.entry_seq = e.seq and s.position <= last_removed;
    delete from audit_seal s where s.position <= last_removed;
    perform set_config('placeworks.audit_removal', 'off', true);
end;
$$;

-- Only the owner: not the app's role (AppRoleGrants revokes it from that role too, by name, at every start).
revoke all on function audit_remove_expired(timestamptz, boolean) from public;
