-- A fund's ledger passes the wall where its fund does (V47), decided once a fund in a statement, not once a row.
--
-- V47 called placeworks_sees_fund(fund_id) for every ledger row read. The grants page sums each fund's ledger, and at the
-- benchmark's large size (7 funds, 17,538 entries) a chair's sums took 157 ms, every call of the function running its
-- own queries, where the same sums with the rule asked of each fund once took 7 ms (docs/performance-log.md). Now the
-- rule is "the row's fund is among the funds the reader sees": an uncorrelated subquery, which PostgreSQL runs once a
-- statement and keeps as a hash. What it decides is placeworks_sees_fund's, unchanged. The settings are read once a
-- statement, as in V52.
drop policy walled_read on grant_ledger_entry;
drop policy walled_change on grant_ledger_entry;
drop policy walled_remove on grant_ledger_entry;

create policy walled_read on grant_ledger_entry for select
    using ((select coalesce(current_setting('placeworks.scope', true), '') = 'all')
           or ((select coalesce(current_setting('placeworks.scope', true), '') = 'staff')
               and fund_id in (select f.id from public.grant_fund f where public.placeworks_sees_fund(f.id))));
create policy walled_change on grant_ledger_entry for update
    using ((select coalesce(current_setting('placeworks.scope', true), '') = 'all')
           or ((select coalesce(current_setting('placeworks.scope', true), '') = 'staff')
               and fund_id in (select f.id from public.grant_fund f where public.placeworks_sees_fund(f.id))))
    with check (true);
create policy walled_remove on grant_ledger_entry for delete
    using ((select coalesce(current_setting('placeworks.scope', true), '') = 'all')
           or ((select coalesce(current_setting('placeworks.scope', true), '') = 'staff')
               and fund_id in (select f.id from public.grant_fund f where public.placeworks_sees_fund(f.id))));
