-- The wall's two most-called checks, unchanged in what they decide, in PL/pgSQL instead of SQL. A SECURITY DEFINER SQL
-- function cannot be inlined, and PostgreSQL prepared its body afresh in every statement that called it: at 200,000
-- cases a case page called them about 160 times, 0.34-0.43 ms a call, some 32 ms of database time a page
-- (docs/performance.md, "What holds the case page back"). PL/pgSQL keeps the plans of its queries for the connection:
-- 0.05 ms a call, the same page 21 ms at the median instead of 35.

create or replace function placeworks_sees_family(fid uuid) returns boolean
    language plpgsql stable security definer
as $$
begin
    return case coalesce(current_setting('placeworks.scope', true), '')
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
    end;
end
$$;

create or replace function placeworks_sees_case(cid uuid) returns boolean
    language plpgsql stable security definer
as $$
begin
    return exists (select 1 from public.caf_case c where c.id = cid and public.placeworks_sees_family(c.family_id));
end
$$;
