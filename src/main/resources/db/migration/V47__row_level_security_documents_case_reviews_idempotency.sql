-- The wall of V44 and V46 over the last tables that keep personal data about someone other than a member of staff:
--   document_chunk            the bytes of every document kept in the database (its document row was walled in V44)
--   intel_case_review(_report) ASB case review applications, which name the applicant and link their report
--   idempotent_request        the answers kept for repeated create requests, which may hold what was created
--   grant_ledger_entry        each movement of a fund's money, with the request's item and any reason given
--   intel_trigger_complaint   the Community Trigger's counted complaints (a report's reference, its place, a keyed
--   intel_trigger_alert       hash of the victim's contact details) and the alerts they raised
--
-- One setting more: placeworks.principal, the name the request is made under ('anonymous' for someone not signed
-- in), because an idempotency key belongs to whoever sent it, signed in or not (shared.web.Idempotency).
--
-- The law counts a victim's complaints wherever in the council's area they were made, so the Community Trigger's own
-- reads of these look past the wall on purpose (intelligence.internal.CountedComplaintRepository); the wall holds any
-- other query of them to the officers and managers on whose ground they lie.

-- Whether a place (a neighbourhood, or an estate, which may lie across neighbourhoods) is on the request's ground.
create function placeworks_place_on_ground(neighbourhood uuid, estate uuid) returns boolean
    language sql stable security definer
as $$
    select neighbourhood = any (current_setting('placeworks.neighbourhoods')::uuid[])
        or estate = any (current_setting('placeworks.estates')::uuid[])
        or exists (select 1 from public.estate_neighbourhood en where en.estate_id = estate
                   and en.neighbourhood_id = any (current_setting('placeworks.neighbourhoods')::uuid[]))
$$;

-- V46's report rule, now over the shared ground test (unchanged in meaning).
create or replace function placeworks_sees_report_at(rid uuid, outside boolean, neighbourhood uuid, estate uuid) returns boolean
    language sql stable security definer
as $$
    select case coalesce(current_setting('placeworks.scope', true), '')
        when 'all' then true
        when 'staff' then
            (public.placeworks_has_role('intelligence-officer')
             and (outside or public.placeworks_place_on_ground(neighbourhood, estate)))
            or exists (select 1 from public.intel_dissemination d
                       where d.report_id = rid and d.service_id = any (current_setting('placeworks.services')::uuid[]))
        else false
    end
$$;

-- A counted complaint, an alert and a case review are for intelligence officers whose ground holds the place (every
-- officer, when it is outside our area) and for managers whose ground holds it, who see counts and clocks
-- (CaseReviewGate). The council's yearly figures are counts across the whole area, read past the wall on purpose
-- (intelligence.CaseReviews.figures).
create function placeworks_sees_trigger_at(outside boolean, neighbourhood uuid, estate uuid) returns boolean
    language sql stable
as $$
    select (public.placeworks_has_role('intelligence-officer') and (outside or public.placeworks_place_on_ground(neighbourhood, estate)))
        or (public.placeworks_has_role('manager') and public.placeworks_place_on_ground(neighbourhood, estate))
$$;

-- The chair and deputy chair of a panel: the clause V46 wrote out in both placeworks_sits_on and placeworks_sees_fund.
create function placeworks_chairs(pid uuid) returns boolean
    language sql stable security definer
as $$
    select exists (select 1 from public.panel p where p.id = pid
                   and nullif(current_setting('placeworks.staff'), '')::uuid in (p.chair_staff_id, p.deputy_chair_staff_id))
$$;

create or replace function placeworks_sits_on(pid uuid) returns boolean
    language sql stable security definer
as $$
    select public.placeworks_chairs(pid)
        or exists (select 1 from public.panel_member pm where pm.panel_id = pid
                   and nullif(current_setting('placeworks.staff'), '')::uuid in (pm.member_staff_id, pm.deputy_staff_id))
        or (public.placeworks_has_role('manager')
            and exists (select 1 from public.panel p where p.id = pid and public.placeworks_area_touches_ground(p.locality_id)))
$$;

create or replace function placeworks_sees_fund(fid uuid) returns boolean
    language sql stable security definer
as $$
    select exists (select 1 from public.grant_fund f
                   where f.id = fid
                     and (f.service_id = any (current_setting('placeworks.services')::uuid[])
                          or public.placeworks_chairs(f.panel_id)
                          or (public.placeworks_has_role('manager')
                              and exists (select 1 from public.service_boundary_area b
                                          where b.service_id = f.service_id and public.placeworks_area_touches_ground(b.area_id)))))
$$;

-- The wall on one table, as V46 builds it for staff: 'all' sees every row, 'staff' the rows {sees} lets through,
-- anyone else none; adding stays open (the app decides where a record may go). Kept for later migrations, so that
-- each new table of personal data gets the same four policies from one place. Only the schema's owner may use it.
create procedure placeworks_wall(tbl text, sees text)
    language plpgsql
as $$
begin
    execute format($f$
        alter table %1$I enable row level security;
        create policy walled_read on %1$I for select
            using (current_setting('placeworks.scope', true) = 'all'
                   or (current_setting('placeworks.scope', true) = 'staff' and (%2$s)));
        create policy walled_change on %1$I for update
            using (current_setting('placeworks.scope', true) = 'all'
                   or (current_setting('placeworks.scope', true) = 'staff' and (%2$s))) with check (true);
        create policy walled_remove on %1$I for delete
            using (current_setting('placeworks.scope', true) = 'all'
                   or (current_setting('placeworks.scope', true) = 'staff' and (%2$s)));
        create policy open_add on %1$I for insert with check (true);
    $f$, tbl, sees);
end
$$;
revoke execute on procedure placeworks_wall(text, text) from public;

-- A document's bytes pass where its row does (V44: its family's or its case's wall).
call placeworks_wall('document_chunk', 'exists (select 1 from document d where d.id = document_id)');
call placeworks_wall('intel_case_review', 'placeworks_sees_trigger_at(outside_area, neighbourhood_id, estate_id)');
call placeworks_wall('intel_case_review_report', 'exists (select 1 from intel_case_review r where r.id = review_id)');
call placeworks_wall('intel_trigger_complaint', 'placeworks_sees_trigger_at(outside_area, neighbourhood_id, estate_id)');
call placeworks_wall('intel_trigger_alert', 'exists (select 1 from intel_trigger_complaint c where c.report_id = raised_by_report)');
-- A fund's ledger names each request's item and any reason given (a cancellation's may name a family): for those who
-- see the fund (V46), the only readers of a ledger or its sums.
call placeworks_wall('grant_ledger_entry', 'placeworks_sees_fund(fund_id)');

-- A kept answer is its sender's alone, signed in or not: a key is unguessable, but the wall does not rely on that.
alter table idempotent_request enable row level security;
create policy walled_read on idempotent_request for select
    using (current_setting('placeworks.scope', true) = 'all' or staff = current_setting('placeworks.principal', true));
create policy walled_change on idempotent_request for update
    using (current_setting('placeworks.scope', true) = 'all' or staff = current_setting('placeworks.principal', true))
    with check (current_setting('placeworks.scope', true) = 'all' or staff = current_setting('placeworks.principal', true));
create policy walled_remove on idempotent_request for delete
    using (current_setting('placeworks.scope', true) = 'all' or staff = current_setting('placeworks.principal', true));
create policy own_add on idempotent_request for insert
    with check (current_setting('placeworks.scope', true) = 'all' or staff = current_setting('placeworks.principal', true));
