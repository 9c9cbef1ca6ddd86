-- The wall on family, person and caf_case written as SQL PostgreSQL plans with the query, instead of one function call
-- per row. What it decides is V44's placeworks_sees_family, unchanged. Measured at the benchmark's large size
-- (docs/performance.md): counting the 200,000 cases a manager may see took 7.7 s through the function (38 µs a row,
-- each call running its own queries) and 0.4 s as planned SQL, where PostgreSQL reads the manager's ground once into
-- a hash (a "hashed SubPlan") and probes it per row; a lookup of one case is the same few index reads as before,
-- without a function call. Families and people are searched and cases are listed and exported in bulk, so these three
-- tables carry the bulk reads; the other walled tables keep their function checks, now built from the same text.
--
-- Two things the planner needs:
--   * The wall's own views of the ground (wall_*), read with their owner's rights (not security_invoker), so that a
--     policy may look at families and cases without going through their own policies again (which PostgreSQL refuses
--     as infinite recursion). They carry identifiers only. audit.internal.AppRoleGrants lets the app's role only
--     SELECT from them: written through, they would pass the wall.
--   * The settings read once per statement as (select ...), each test a boolean of its own: PostgreSQL estimates a
--     boolean parameter at one half, where "setting = 'all'" is estimated as rare (0.5%) and the policy with it, which
--     made it join 200,000 cases as if they were one and take minutes.

create view wall_family_ground as
select f.id as family_id, coalesce(a.neighbourhood_id, f.place_area_id) as neighbourhood_id, a.estate_id
  from public.family f left join public.address a on a.id = f.address_id;

create view wall_case_holder as
select c.id, c.family_id, c.owning_service_id, c.lead_professional_id, c.allocated_worker_id
  from public.caf_case c;

create view wall_team_member as
select t.case_id, t.staff_id from public.caf_team_member t;

-- V44's rule, as the text of a condition on the family whose id is {family} (a column the caller qualifies with its
-- table's name: an unqualified one would be read as the views' own family_id, and let every family through).
create function placeworks_wall_sees_family(family text) returns text
    language sql immutable
as $$
    select format($rule$
        ((select coalesce(current_setting('placeworks.scope', true), '') = 'all')
         or ((select coalesce(current_setting('placeworks.scope', true), '') = 'staff') and (
            exists (select 1 from public.wall_family_ground g
                    where g.family_id = %1$s
                      and (g.neighbourhood_id = any ((select current_setting('placeworks.neighbourhoods')::uuid[])::uuid[])
                           or g.estate_id = any ((select current_setting('placeworks.estates')::uuid[])::uuid[])))
            or %1$s = any ((select current_setting('placeworks.shared')::uuid[])::uuid[])
            or exists (select 1 from public.wall_case_holder c
                       where c.family_id = %1$s
                         and (c.owning_service_id = any ((select current_setting('placeworks.services')::uuid[])::uuid[])
                              or c.id = any ((select current_setting('placeworks.shared')::uuid[])::uuid[])
                              or c.lead_professional_id = (select nullif(current_setting('placeworks.staff'), '')::uuid)
                              or c.allocated_worker_id = (select nullif(current_setting('placeworks.staff'), '')::uuid)
                              or exists (select 1 from public.wall_team_member t
                                         where t.case_id = c.id
                                           and t.staff_id = (select nullif(current_setting('placeworks.staff'), '')::uuid)))))))
    $rule$, family)
$$;
revoke execute on function placeworks_wall_sees_family(text) from public;

do $$
declare
    walled record;
begin
    -- The function the other walled tables call (V46, V50) says the same, from the same text.
    execute format($f$
        create or replace function placeworks_sees_family(fid uuid) returns boolean
            language plpgsql stable security definer
        as $body$
        begin
            return %s;
        end
        $body$;
    $f$, placeworks_wall_sees_family('fid'));

    for walled in
        select * from (values ('family', 'family.id'), ('person', 'person.family_id'), ('caf_case', 'caf_case.family_id'))
            as t (name, family)
    loop
        execute format($f$
            alter policy walled_read on %1$I using %2$s;
            alter policy walled_change on %1$I using %2$s;
            alter policy walled_remove on %1$I using %2$s;
        $f$, walled.name, placeworks_wall_sees_family(walled.family));
    end loop;
end
$$;
