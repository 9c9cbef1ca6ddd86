-- The people named like a name (V53), looked for among the closest names first.
--
-- A common surname is trigram-like thousands of people at pg_trgm's threshold of 0.3: at the benchmark's large size
-- 'jones' finds 5,796 people through the index, of whom 1,870 are at least 0.3 alike after each is read and compared.
-- A search wants only the closest {most} of them. Whenever at least {most} people are 0.5 alike or more, those are
-- exactly the closest {most} (every one of them is closer than anyone below 0.5, and the order among them is the
-- same), and the index finds far fewer people at 0.5 (1,870 for 'jones'): the answer is the same for half the work.
-- Otherwise (a rarer name) the search is made at 0.3 as before, and at once when every match is asked for (the app
-- asks for Integer.MAX_VALUE when other criteria still to be met may pass over the closest names).

-- The people at least 0.5 alike, closest first, at most {most}: the threshold is the function's own, set for its call.
create function placeworks_people_named_closely(name text, most integer) returns setof uuid
    language sql stable security definer
    set pg_trgm.similarity_threshold = 0.5
    rows 200
as $$
    select p.id from public.person p
     where p.merged_into is null and p.search_name % name
     order by similarity(p.search_name, name) desc, p.family_name, p.given_name, p.id
     limit most
$$;

create or replace function placeworks_people_named_like(name text, most integer) returns setof uuid
    language plpgsql stable security definer
    rows 200
as $$
declare
    closest uuid[];
begin
    if most is not null and most <= 1000 then
        closest := array(select placeworks_people_named_closely(name, most));
        if cardinality(closest) >= most then
            return query select unnest(closest);
            return;
        end if;
    end if;
    return query
        select p.id from public.person p
         where p.merged_into is null and p.search_name % name
         order by similarity(p.search_name, name) desc, p.family_name, p.given_name, p.id
         limit most;
end
$$;
