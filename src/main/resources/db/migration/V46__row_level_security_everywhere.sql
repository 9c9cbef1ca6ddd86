-- The wall of V44 extended to the other tables of personal data: the rest of a case's content, the copies a panel
-- and a grant keep of a family's details, confidential reports and their reporters, subject access requests and the
-- checks made after a case closes. As in V44 the rule stays in the app (each feature's gate); the wall is wider than
-- any gate, never narrower, and holds only what no rule could show.
--
-- One setting more than V44's: placeworks.roles, the request's roles (a text[] literal), because a confidential
-- report is for intelligence officers, not for everyone whose boundary holds its street.
--
-- An estate issue holds its reporter's name and contact details: it is walled for staff too, and the public reads of
-- issues (Open311, which shows no reporter) look past the wall in the app (estate.EstateIssues).
--
-- Not walled here, on purpose: Community Trigger counts and case reviews (the council publishes their figures across
-- its whole area), and engagement events (a meeting's place, numbers and notes, about no one person).

-- Whether an area (a locality, ward, neighbourhood or estate) lies in, or holds part of, the request's ground.
create function placeworks_area_touches_ground(aid uuid) returns boolean
    language sql stable security definer
as $$
    select aid = any (current_setting('placeworks.estates')::uuid[])
        or exists (select 1 from public.area n
                   left join public.area w on w.id = n.parent_id
                   left join public.area l on l.id = w.parent_id
                   left join public.area a on a.id = l.parent_id
                   where n.id = any (current_setting('placeworks.neighbourhoods')::uuid[])
                     and aid in (n.id, w.id, l.id, a.id))
$$;

create function placeworks_has_role(role text) returns boolean
    language sql stable
as $$
    select role = any (coalesce(nullif(current_setting('placeworks.roles', true), ''), '{}')::text[])
$$;

-- A panel's meetings are for its chair and deputy chair, its members and their deputies, and managers whose ground
-- holds part of its locality (PanelAccess; the agenda's own consent rule narrows what each member reads).
create function placeworks_sits_on(pid uuid) returns boolean
    language sql stable security definer
as $$
    select exists (select 1 from public.panel p
                   where p.id = pid
                     and (nullif(current_setting('placeworks.staff'), '')::uuid in (p.chair_staff_id, p.deputy_chair_staff_id)
                          or exists (select 1 from public.panel_member pm where pm.panel_id = p.id
                                     and nullif(current_setting('placeworks.staff'), '')::uuid in (pm.member_staff_id, pm.deputy_staff_id))
                          or (public.placeworks_has_role('manager') and public.placeworks_area_touches_ground(p.locality_id))))
$$;

create function placeworks_sits_at(mid uuid) returns boolean
    language sql stable security definer
as $$
    select public.placeworks_sits_on((select m.panel_id from public.panel_meeting m where m.id = mid))
$$;

-- The next place on a meeting's agenda, counted over every item: whoever brings a case sees only their own items, and
-- a position is not personal data.
create function placeworks_next_agenda_position(mid uuid) returns integer
    language sql stable security definer
as $$
    select coalesce(max(position), 0) + 1 from public.panel_item where meeting_id = mid
$$;

-- A fund and its requests are its service's, its panel's chair's and deputy's, and managers' whose ground holds
-- part of the service's boundary (GrantAccess).
create function placeworks_sees_fund(fid uuid) returns boolean
    language sql stable security definer
as $$
    select exists (select 1 from public.grant_fund f
                   where f.id = fid
                     and (f.service_id = any (current_setting('placeworks.services')::uuid[])
                          or exists (select 1 from public.panel p where p.id = f.panel_id
                                     and nullif(current_setting('placeworks.staff'), '')::uuid in (p.chair_staff_id, p.deputy_chair_staff_id))
                          or (public.placeworks_has_role('manager')
                              and exists (select 1 from public.service_boundary_area b
                                          where b.service_id = f.service_id and public.placeworks_area_touches_ground(b.area_id)))))
$$;

-- An estate issue is for the estate officers and managers of its owning service and managers whose ground holds its
-- place (EstateRule).
create function placeworks_sees_estate_issue_at(owner uuid, neighbourhood uuid, estate uuid) returns boolean
    language sql stable
as $$
    select (public.placeworks_has_role('estate-officer') or public.placeworks_has_role('manager'))
        and (owner = any (current_setting('placeworks.services')::uuid[])
             or neighbourhood = any (current_setting('placeworks.neighbourhoods')::uuid[])
             or estate = any (current_setting('placeworks.estates')::uuid[]))
$$;

-- A confidential report is for intelligence officers whose ground holds its place (every officer, when it is outside
-- our area), and for the members of a service it was passed on to (ReportGate, PassedOnGate).
create function placeworks_sees_report_at(rid uuid, outside boolean, neighbourhood uuid, estate uuid) returns boolean
    language sql stable security definer
as $$
    select case coalesce(current_setting('placeworks.scope', true), '')
        when 'all' then true
        when 'staff' then
            (public.placeworks_has_role('intelligence-officer')
             and (outside
                  or neighbourhood = any (current_setting('placeworks.neighbourhoods')::uuid[])
                  or estate = any (current_setting('placeworks.estates')::uuid[])
                  or exists (select 1 from public.estate_neighbourhood en where en.estate_id = estate
                             and en.neighbourhood_id = any (current_setting('placeworks.neighbourhoods')::uuid[]))))
            or exists (select 1 from public.intel_dissemination d
                       where d.report_id = rid and d.service_id = any (current_setting('placeworks.services')::uuid[]))
        else false
    end
$$;

create function placeworks_sees_report(rid uuid) returns boolean
    language sql stable security definer
as $$
    select exists (select 1 from public.intel_report r
                   where r.id = rid and public.placeworks_sees_report_at(r.id, r.outside_area, r.neighbourhood_id, r.estate_id))
$$;

-- Each wall reads, changes and removes as V44's do; adding stays open (the app decides where a record may go).
do $$
declare
    walled record;
begin
    for walled in
        select * from (values
            -- The rest of a case's content, through the record it belongs to.
            ('caf_case_note_addendum', 'placeworks_sees_case((select n.case_id from caf_case_note n where n.id = note_id))'),
            ('caf_case_note_seen', 'placeworks_sees_case((select n.case_id from caf_case_note n where n.id = note_id))'),
            ('caf_case_transfer', 'to_service_id = any (current_setting(''placeworks.services'')::uuid[]) or placeworks_sees_case(case_id)'),
            ('caf_child_assessment_element', 'placeworks_sees_case((select a.case_id from caf_child_assessment a where a.id = assessment_id))'),
            ('caf_consent_giver', 'placeworks_sees_case((select v.case_id from caf_consent_version v where v.id = version_id))'),
            ('caf_consent_version_agency', 'placeworks_sees_case((select v.case_id from caf_consent_version v where v.id = version_id))'),
            ('caf_earlier_assessment_element', 'placeworks_sees_case((select a.case_id from caf_earlier_assessment a where a.id = assessment_id))'),
            ('caf_earlier_assessment_score', 'placeworks_sees_case((select a.case_id from caf_earlier_assessment a where a.id = assessment_id))'),
            ('caf_event', '(family_id is not null and placeworks_sees_family(family_id)) or (case_id is not null and placeworks_sees_case(case_id))'),
            ('caf_review_progress', 'placeworks_sees_case((select r.case_id from caf_review r where r.id = review_id))'),
            ('caf_sign_off', 'placeworks_sees_case(case_id)'),
            ('caf_sign_off_outcome', 'placeworks_sees_case((select s.case_id from caf_sign_off s where s.id = sign_off_id))'),
            ('caf_taf_meeting_action', 'placeworks_sees_case((select m.case_id from caf_taf_meeting m where m.id = meeting_id))'),
            ('caf_taf_meeting_person', 'placeworks_sees_case((select m.case_id from caf_taf_meeting m where m.id = meeting_id))'),
            ('caf_taf_meeting_staff', 'placeworks_sees_case((select m.case_id from caf_taf_meeting m where m.id = meeting_id))'),
            ('caf_team_member', 'placeworks_sees_case(case_id)'),
            -- After closure: sustainment checks and Supporting Families claims.
            ('insight_sustainment_check', 'placeworks_sees_case(case_id)'),
            ('insight_sustainment_outcome', 'placeworks_sees_case((select c.case_id from insight_sustainment_check c where c.id = check_id))'),
            ('insight_claim', 'placeworks_sees_family(family_id)'),
            -- The panel's copies of a family's details, its actions and its minutes.
            ('panel_item', 'placeworks_sits_at(meeting_id) or (case_id is not null and placeworks_sees_case(case_id))'),
            ('panel_action', 'placeworks_sits_on(panel_id) or owner_staff_id = nullif(current_setting(''placeworks.staff''), '''')::uuid'),
            ('panel_minutes_revision', 'placeworks_sits_at((select m.meeting_id from panel_minutes m where m.id = minutes_id))'),
            -- Grants: a request names a family and its need.
            ('grant_request', 'placeworks_sees_fund(fund_id) or placeworks_sees_family(family_id)'),
            ('grant_payment', 'exists (select 1 from grant_request r where r.id = request_id)'),
            -- Confidential reports and everything kept with them, the reporter's identity first.
            ('intel_report', 'placeworks_sees_report_at(id, outside_area, neighbourhood_id, estate_id)'),
            ('intel_reporter', 'placeworks_sees_report(report_id)'),
            ('intel_receipt', 'placeworks_sees_report(report_id)'),
            ('intel_report_addition', 'placeworks_sees_report(report_id)'),
            ('intel_reveal', 'placeworks_sees_report(report_id)'),
            ('intel_triage', 'placeworks_sees_report(report_id)'),
            ('intel_estate_link', 'placeworks_sees_report(report_id)'),
            ('intel_dissemination', 'service_id = any (current_setting(''placeworks.services'')::uuid[]) or placeworks_sees_report(report_id)'),
            -- Estate issues, their history and photos.
            ('estate_issue', 'placeworks_sees_estate_issue_at(owning_service_id, neighbourhood_id, estate_id)'),
            ('estate_issue_event', 'exists (select 1 from estate_issue i where i.id = issue_id)'),
            ('estate_issue_photo', 'exists (select 1 from estate_issue i where i.id = issue_id)'),
            -- Subject access requests are the data protection officer's alone (scope 'all').
            ('subject_access_request', 'false'),
            ('subject_access_event', 'false'),
            ('subject_access_item_review', 'false')
        ) as t (name, sees)
    loop
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
        $f$, walled.name, walled.sees);
    end loop;
end
$$;
