-- The rest of the wall's SECURITY DEFINER checks that run a query, unchanged in what they decide, in PL/pgSQL as V50
-- did for the family and case checks: PostgreSQL cannot inline a SECURITY DEFINER SQL function and prepared its body
-- afresh in every statement that called it, while PL/pgSQL keeps its plans for the connection. These guard panels
-- and their meetings and items, funds and their requests, confidential reports and the places they lie in; each is
-- called once for every row such a page reads. The bodies are V46's and V47's, word for word.
-- placeworks_has_role, placeworks_sees_estate_issue_at and placeworks_sees_trigger_at stay plain SQL, which PostgreSQL
-- inlines into the statement.

create or replace function placeworks_area_touches_ground(aid uuid) returns boolean
    language plpgsql stable security definer
as $$
begin
    return aid = any (current_setting('placeworks.estates')::uuid[])
        or exists (select 1 from public.area n
                   left join public.area w on w.id = n.parent_id
                   left join public.area l on l.id = w.parent_id
                   left join public.area a on a.id = l.parent_id
                   where n.id = any (current_setting('placeworks.neighbourhoods')::uuid[])
                     and aid in (n.id, w.id, l.id, a.id));
end
$$;

create or replace function placeworks_place_on_ground(neighbourhood uuid, estate uuid) returns boolean
    language plpgsql stable security definer
as $$
begin
    return neighbourhood = any (current_setting('placeworks.neighbourhoods')::uuid[])
        or estate = any (current_setting('placeworks.estates')::uuid[])
        or exists (select 1 from public.estate_neighbourhood en where en.estate_id = estate
                   and en.neighbourhood_id = any (current_setting('placeworks.neighbourhoods')::uuid[]));
end
$$;

create or replace function placeworks_chairs(pid uuid) returns boolean
    language plpgsql stable security definer
as $$
begin
    return exists (select 1 from public.panel p where p.id = pid
                   and nullif(current_setting('placeworks.staff'), '')::uuid in (p.chair_staff_id, p.deputy_chair_staff_id));
end
$$;

create or replace function placeworks_sits_on(pid uuid) returns boolean
    language plpgsql stable security definer
as $$
begin
    return public.placeworks_chairs(pid)
        or exists (select 1 from public.panel_member pm where pm.panel_id = pid
                   and nullif(current_setting('placeworks.staff'), '')::uuid in (pm.member_staff_id, pm.deputy_staff_id))
        or (public.placeworks_has_role('manager')
            and exists (select 1 from public.panel p where p.id = pid and public.placeworks_area_touches_ground(p.locality_id)));
end
$$;

create or replace function placeworks_sits_at(mid uuid) returns boolean
    language plpgsql stable security definer
as $$
begin
    return public.placeworks_sits_on((select m.panel_id from public.panel_meeting m where m.id = mid));
end
$$;

create or replace function placeworks_sees_fund(fid uuid) returns boolean
    language plpgsql stable security definer
as $$
begin
    return exists (select 1 from public.grant_fund f
                   where f.id = fid
                     and (f.service_id = any (current_setting('placeworks.services')::uuid[])
                          or public.placeworks_chairs(f.panel_id)
                          or (public.placeworks_has_role('manager')
                              and exists (select 1 from public.service_boundary_area b
                                          where b.service_id = f.service_id and public.placeworks_area_touches_ground(b.area_id)))));
end
$$;

create or replace function placeworks_sees_report_at(rid uuid, outside boolean, neighbourhood uuid, estate uuid) returns boolean
    language plpgsql stable security definer
as $$
begin
    return case coalesce(current_setting('placeworks.scope', true), '')
        when 'all' then true
        when 'staff' then
            (public.placeworks_has_role('intelligence-officer')
             and (outside or public.placeworks_place_on_ground(neighbourhood, estate)))
            or exists (select 1 from public.intel_dissemination d
                       where d.report_id = rid and d.service_id = any (current_setting('placeworks.services')::uuid[]))
        else false
    end;
end
$$;

create or replace function placeworks_sees_report(rid uuid) returns boolean
    language plpgsql stable security definer
as $$
begin
    return exists (select 1 from public.intel_report r
                   where r.id = rid and public.placeworks_sees_report_at(r.id, r.outside_area, r.neighbourhood_id, r.estate_id));
end
$$;
