-- The people whose name is trigram-like a name asked for, found through the trigram index (V4) past the wall: at
-- most {most} of them (all when null), closest first, in the order the searches show them.
-- pg_trgm's % is not LEAKPROOF, so under person's row policy (V44) PostgreSQL may not test it inside an index scan,
-- before the policy has passed the row: every search read every person. At the benchmark's large size (130,894
-- people) a search for a common surname took 270 ms instead of 12.
--
-- It answers identifiers only, and only to a caller that already names the person: family search and the duplicate
-- check look for matches held by other services anyway, to name the service to contact (FamilyRegister.search), and
-- read each candidate's record through the wall.
create function placeworks_people_named_like(name text, most integer) returns setof uuid
    language sql stable security definer
    rows 200
as $$
    select p.id from public.person p
     where p.merged_into is null and p.search_name % name
     order by similarity(p.search_name, name) desc, p.family_name, p.given_name, p.id
     limit most
$$;
