-- The wall's checks of a place (a confidential report's, through placeworks_place_on_ground, and an estate issue's)
-- read the request's lists of ids as text, as V54 does for the family check, instead of parsing them into arrays for
-- every row. What they decide is unchanged: the bodies are V51's and V46's with each "x = any (current_setting(...)
-- ::uuid[])" read as "strpos(current_setting(...), x::text) > 0", exact for the reason V54 gives (each entry an id of
-- 36 characters in canonical form). placeworks_has_role keeps its text[]: role names are not of one length or form.
--
-- Measured at the benchmark's large size in psql as the app's role, with a worker's 68 neighbourhoods: an
-- intelligence officer counting the 100,014 reports took 3.4-3.6 s before and 1.9 s after; an estate officer counting
-- the 20,009 issues 0.54 s before and 0.20-0.25 s after (docs/performance.md).

create or replace function placeworks_place_on_ground(neighbourhood uuid, estate uuid) returns boolean
    language plpgsql stable security definer
as $$
begin
    return strpos(current_setting('placeworks.neighbourhoods'), neighbourhood::text) > 0
        or strpos(current_setting('placeworks.estates'), estate::text) > 0
        or exists (select 1 from public.estate_neighbourhood en where en.estate_id = estate
                   and strpos(current_setting('placeworks.neighbourhoods'), en.neighbourhood_id::text) > 0);
end
$$;

create or replace function placeworks_sees_estate_issue_at(owner uuid, neighbourhood uuid, estate uuid) returns boolean
    language sql stable
as $$
    select (public.placeworks_has_role('estate-officer') or public.placeworks_has_role('manager'))
        and (strpos(current_setting('placeworks.services'), owner::text) > 0
             or strpos(current_setting('placeworks.neighbourhoods'), neighbourhood::text) > 0
             or strpos(current_setting('placeworks.estates'), estate::text) > 0)
$$;
