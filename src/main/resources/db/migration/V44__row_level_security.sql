-- A wall in the database behind the access rule: the app's role sees rows of personal data only for families the
-- request's member of staff is connected to, so that a query that forgets the boundary cannot return another
-- boundary's families. The rule itself stays in the app (organisation.AccessPolicy, caf's CaseRule, family's
-- FamilyRule); the app hands its result to PostgreSQL at every connection checkout (organisation.internal.RowWall):
--
--   placeworks.scope           'all' (system work, administrators, the data protection officer), 'staff', or
--                              anything else: nothing
--   placeworks.staff           the member of staff's id
--   placeworks.services        their services' ids                     (uuid[] literals)
--   placeworks.neighbourhoods  the neighbourhoods and estates their
--   placeworks.estates         services' boundaries cover
--   placeworks.shared          ids of records shared with them, or opened by breaking glass, in force now
--
-- A family passes the wall when where it lives lies in that ground, a record of it (the family or one of its cases)
-- is shared with them, or one of its cases is owned by one of their services or has them as lead professional,
-- allocated worker or Team Around the Family member. That is wider than what the app shows (consent, strands and
-- refused agencies narrow it further), never narrower, so the wall only ever removes what no rule could show.
--
-- The owner (migrations, the drills' checks) is not subject to these policies; the app must connect as its own
-- role (docs/running.md, "Two database users"), which AppendOnlyGuard already insists on outside dev.

create function placeworks_sees_family(fid uuid) returns boolean
    language sql stable security definer
as $$
    select case coalesce(current_setting('placeworks.scope', true), '')
        when 'all' then true
        when 'staff' then
            -- Where the family lives, as family's read model says (an address, or for a family with no fixed abode
            -- or in temporary accommodation without a UPRN, the neighbourhood chosen for it).
            exists (select 1 from public.family_place p
                    where p.family_id = fid
                      and (p.neighbourhood_id = any (current_setting('placeworks.neighbourhoods')::uuid[])
                           or p.estate_id = any (current_setting('placeworks.estates')::uuid[])))
            or fid = any (current_setting('placeworks.shared')::uuid[])
            or exists (select 1 from public.caf_case c
                       where c.family_id = fid
                         and (c.owning_service_id = any (current_setting('placeworks.services')::uuid[])
                              or c.id = any (current_setting('placeworks.shared')::uuid[])
                              or c.lead_professional_id = nullif(current_setting('placeworks.staff'), '')::uuid
                              or c.allocated_worker_id = nullif(current_setting('placeworks.staff'), '')::uuid
                              or exists (select 1 from public.caf_team_member t
                                         where t.case_id = c.id
                                           and t.staff_id = nullif(current_setting('placeworks.staff'), '')::uuid)))
        else false
    end
$$;

create function placeworks_sees_case(cid uuid) returns boolean
    language sql stable security definer
as $$
    select exists (select 1 from public.caf_case c where c.id = cid and public.placeworks_sees_family(c.family_id))
$$;

-- The settings are the app's to make: the wall catches a query that forgets the boundary, not a taken-over app (which
-- could set 'all' itself). Defence against the latter is the app's own role and the audit trail.

-- Each table of personal data gets the wall for reading, changing and removing. Adding is not walled: the app
-- decides where a family may be registered or moved to, and a move out of the ground must not fail half-way.
do $$
declare
    walled record;
begin
    for walled in
        select * from (values
            ('family', 'placeworks_sees_family(id)'),
            ('person', 'placeworks_sees_family(family_id)'),
            ('family_residence', 'placeworks_sees_family(family_id)'),
            -- A document belongs to a family, to a case, or to neither (nobody's personal record).
            ('document', '(family_id is null and case_id is null) or placeworks_sees_family(family_id) or placeworks_sees_case(case_id)'),
            ('caf_case', 'placeworks_sees_family(family_id)'),
            ('caf_case_child', 'placeworks_sees_case(case_id)'),
            ('caf_case_note', 'placeworks_sees_case(case_id)'),
            ('caf_need', 'placeworks_sees_case(case_id)'),
            ('caf_action', 'placeworks_sees_case(case_id)'),
            ('caf_assessment_element', 'placeworks_sees_case(case_id)'),
            ('caf_child_assessment', 'placeworks_sees_case(case_id)'),
            ('caf_earlier_assessment', 'placeworks_sees_case(case_id)'),
            ('caf_review', 'placeworks_sees_case(case_id)'),
            ('caf_consent_version', 'placeworks_sees_case(case_id)'),
            ('caf_referrer_call', 'placeworks_sees_case(case_id)'),
            ('caf_taf_meeting', 'placeworks_sees_case(case_id)')
        ) as t (name, sees)
    loop
        -- 'all' is tested first, so system work (the nightly rebuilds, retention) pays nothing per row.
        execute format($f$
            alter table %1$I enable row level security;
            create policy walled_read on %1$I for select
                using (current_setting('placeworks.scope', true) = 'all' or %2$s);
            create policy walled_change on %1$I for update
                using (current_setting('placeworks.scope', true) = 'all' or %2$s) with check (true);
            create policy walled_remove on %1$I for delete
                using (current_setting('placeworks.scope', true) = 'all' or %2$s);
            create policy open_add on %1$I for insert with check (true);
        $f$, walled.name, walled.sees);
    end loop;
end
$$;

-- The family read models are views: read with the reader's rights, so the wall holds through them too.
alter view family_place set (security_invoker = true);
alter view family_list_line set (security_invoker = true);
