-- A grant request passes the wall where its fund does, or where its family does (V46), with the fund decided once a
-- fund in a statement, not once a row: as V61 did for the fund's ledger.
--
-- V46 called placeworks_sees_fund(fund_id) for every request read. A fund's page reads all of its requests for its
-- breakdowns, and at the benchmark's large size (about 1,400 a fund) PostgreSQL spent 146 ms of CPU a page
-- (docs/performance-log.md). Now the first half of the rule is "the row's fund is among the funds the reader sees": an
-- uncorrelated subquery, which PostgreSQL runs once a statement and keeps as a hash. A request of a fund the reader
-- does not see is still decided by its family, row by row. What either half decides is unchanged.
drop policy walled_read on grant_request;
drop policy walled_change on grant_request;
drop policy walled_remove on grant_request;

create policy walled_read on grant_request for select
    using ((select coalesce(current_setting('placeworks.scope', true), '') = 'all')
           or ((select coalesce(current_setting('placeworks.scope', true), '') = 'staff')
               and (fund_id in (select f.id from public.grant_fund f where public.placeworks_sees_fund(f.id))
                    or public.placeworks_sees_family(family_id))));
create policy walled_change on grant_request for update
    using ((select coalesce(current_setting('placeworks.scope', true), '') = 'all')
           or ((select coalesce(current_setting('placeworks.scope', true), '') = 'staff')
               and (fund_id in (select f.id from public.grant_fund f where public.placeworks_sees_fund(f.id))
                    or public.placeworks_sees_family(family_id))))
    with check (true);
create policy walled_remove on grant_request for delete
    using ((select coalesce(current_setting('placeworks.scope', true), '') = 'all')
           or ((select coalesce(current_setting('placeworks.scope', true), '') = 'staff')
               and (fund_id in (select f.id from public.grant_fund f where public.placeworks_sees_fund(f.id))
                    or public.placeworks_sees_family(family_id))));
