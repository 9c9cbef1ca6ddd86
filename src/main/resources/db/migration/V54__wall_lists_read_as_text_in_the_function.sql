-- The wall's function check of a family (placeworks_sees_family, which placeworks_sees_case calls for every row of a
-- case's content) reads the request's lists of ids as the text they are set as, instead of parsing each into an array
-- at every call. What it decides is V52's rule, unchanged: the body is that rule's text with each
-- "x = any ((select current_setting('placeworks.<list>')::uuid[])::uuid[])" read as
-- "strpos(current_setting('placeworks.<list>'), x::text) > 0".
--
-- Why: a call cost about 44 µs, and parsing the neighbourhoods of a worker's ground (68 ids, 2.5 kB) into a uuid[]
-- took 25 µs of it; a case page calls the check about 44 times (docs/performance.md, "Where PostgreSQL's time goes on
-- a case page"). Read as text the call costs 24 µs. The planned policies of V52 (family, person, caf_case) keep the
-- arrays: there a list is parsed once per statement and probed per row.
--
-- Why it is exact: organisation.RowWall sets each list as ?::uuid[]::text, so the setting is '{' then ids in
-- PostgreSQL's canonical form (36 characters, lower case) separated by commas, then '}'; x::text is an id in the same
-- form. An id found in that text is one of its entries, since no 36 characters of it that span a comma can be an id.
-- A null x gives null, as "= any" did.

do $$
declare
    rule constant text := placeworks_wall_sees_family('fid');
    parsed constant text := '::uuid[])::uuid[]';
    listed text;
begin
    listed := regexp_replace(rule,
        '([a-z_.]+) = any \(\(select current_setting\(''(placeworks\.[a-z]+)''\)::uuid\[\]\)::uuid\[\]\)',
        'strpos(current_setting(''\2''), \1::text) > 0', 'g');
    -- V52's rule tests five lists (neighbourhoods, estates, shared twice, services); each must have been rewritten.
    if (length(rule) - length(replace(rule, parsed, ''))) / length(parsed) <> 5 or position('uuid[]' in listed) > 0 then
        raise exception 'the wall''s rule is not the one this migration rewrites: %', listed;
    end if;
    execute format($f$
        create or replace function placeworks_sees_family(fid uuid) returns boolean
            language plpgsql stable security definer
        as $body$
        begin
            return %s;
        end
        $body$;
    $f$, listed);
end
$$;
