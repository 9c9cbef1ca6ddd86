-- A family's wall check remembered within a reading, as V57 remembers a case's. The rows held by a family (a case's
-- events, the family's residences, its documents) pass the wall by placeworks_sees_family, which checked the same
-- family again for every row: at the large size about seven calls a case read, most of them for the case's events,
-- whose statement cost 0.43 ms where the case's other child rows cost 0.05 (docs/performance-log.md).
--
-- In a transaction the app began as a reading (placeworks.reading 'on', set by RowWall for that transaction only),
-- nothing is changed, so the family that last passed (placeworks.family_passed, also for the transaction only) passes
-- again without being checked; any other family is checked in full. RowWall empties placeworks.family_passed every
-- time it sets the ground, so a family read past the ground (RowScope.acrossBoundaries) is checked again once the
-- ground is back. Outside a reading every row is checked as before. A family that fails is never remembered.
--
-- What the check decides is not changed: the body below is the rule of V54's function, taken from it as it stands.

do $$
declare
    body constant text := (select prosrc from pg_proc where oid = 'placeworks_sees_family(uuid)'::regprocedure);
    rule text;
begin
    rule := substring(body from '^\s*begin\s+return\s+(.*);\s*end\s*$');
    if rule is null or position('placeworks.scope' in rule) = 0 or position('uuid[]' in rule) > 0 then
        raise exception 'placeworks_sees_family is not the function this migration wraps: %', body;
    end if;
    execute format($f$
        create or replace function placeworks_sees_family(fid uuid) returns boolean
            language plpgsql stable security definer
        as $body$
        declare
            in_reading constant boolean := coalesce(current_setting('placeworks.reading', true) = 'on', false);
            passed boolean;
        begin
            if in_reading and current_setting('placeworks.family_passed', true) = fid::text then
                return true;
            end if;
            passed := %s;
            if passed and in_reading then
                perform set_config('placeworks.family_passed', fid::text, true);
            end if;
            return passed;
        end
        $body$;
    $f$, rule);
end
$$;
