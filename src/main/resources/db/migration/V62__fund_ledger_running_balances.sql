-- A fund's ledger keeps its running balances, as a bank statement does: each entry is numbered within its fund and
-- carries the fund's budget, committed and paid after it. The database works them out as each entry is added, from
-- the entry before it, so a fund's totals are read from its last entry instead of summing all of them on every
-- request (the grants page summed 17,538 entries at the benchmark's large size; docs/performance-log.md).
--
-- So that the balances stay the sums of the entries, the money of an entry is never changed and no entry is removed:
-- the check of the fund's own row against its ledger (FundLedger.Totals) remains a check against every movement.
-- What may change is what could name a family (the request and the reason), which retention's erasure blanks.

alter table grant_ledger_entry
    add column entry_no        bigint,
    add column budget_after    bigint,
    add column committed_after bigint,
    add column paid_after      bigint;

-- Entries so far, numbered in the order they were recorded.
update grant_ledger_entry e
set entry_no = n.entry_no, budget_after = n.budget_after, committed_after = n.committed_after, paid_after = n.paid_after
from (select id,
             row_number() over w       as entry_no,
             sum(budget_pence) over w    as budget_after,
             sum(committed_pence) over w as committed_after,
             sum(paid_pence) over w      as paid_after
      from grant_ledger_entry
      window w as (partition by fund_id order by recorded_at, id rows between unbounded preceding and current row)) n
where n.id = e.id;

alter table grant_ledger_entry
    alter column entry_no set not null,
    alter column budget_after set not null,
    alter column committed_after set not null,
    alter column paid_after set not null,
    add constraint grant_ledger_entry_in_order unique (fund_id, entry_no);
-- The ledger is read in its entries' order now, by the index above; the one by time served only that.
drop index grant_ledger_entry_fund;

-- Run as the schema's owner: the entry before is read whichever funds the wall lets the writer see (the daily lapse
-- job writes for every fund), and the app's role cannot set the numbers or balances itself.
create function grant_ledger_entry_chain() returns trigger
    language plpgsql security definer set search_path = pg_catalog, public
as $$
declare
    last_no        bigint;
    last_budget    bigint;
    last_committed bigint;
    last_paid      bigint;
begin
    -- One fund's entries are added one at a time: the fund's row is the lock every change to the fund takes.
    perform 1 from public.grant_fund where id = new.fund_id for update;
    select entry_no, budget_after, committed_after, paid_after into last_no, last_budget, last_committed, last_paid
    from public.grant_ledger_entry where fund_id = new.fund_id order by entry_no desc limit 1;
    new.entry_no := coalesce(last_no, 0) + 1;
    new.budget_after := coalesce(last_budget, 0) + new.budget_pence;
    new.committed_after := coalesce(last_committed, 0) + new.committed_pence;
    new.paid_after := coalesce(last_paid, 0) + new.paid_pence;
    return new;
end
$$;
revoke all on function grant_ledger_entry_chain() from public;

create trigger grant_ledger_entry_chain before insert on grant_ledger_entry
    for each row execute function grant_ledger_entry_chain();

create function grant_ledger_entry_kept() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'DELETE' or tg_op = 'TRUNCATE' then
        raise exception 'A fund''s ledger is only added to: its entries are never removed' using errcode = 'restrict_violation';
    end if;
    if (new.id, new.fund_id, new.kind, new.entry_no, new.budget_pence, new.committed_pence, new.paid_pence,
        new.budget_after, new.committed_after, new.paid_after, new.recorded_by, new.recorded_at)
       is distinct from
       (old.id, old.fund_id, old.kind, old.entry_no, old.budget_pence, old.committed_pence, old.paid_pence,
        old.budget_after, old.committed_after, old.paid_after, old.recorded_by, old.recorded_at) then
        raise exception 'A fund''s ledger is only added to: entry % of its fund cannot be changed', old.entry_no
            using errcode = 'restrict_violation';
    end if;
    return new;
end
$$;

create trigger grant_ledger_entry_kept before update or delete on grant_ledger_entry
    for each row execute function grant_ledger_entry_kept();
create trigger grant_ledger_entry_kept_whole before truncate on grant_ledger_entry
    for each statement execute function grant_ledger_entry_kept();
