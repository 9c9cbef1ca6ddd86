-- A case's wall check remembered within a reading. Every row of a case's content (its needs, actions, events...)
-- passes the wall by placeworks_sees_case, which checked the same case again for each row: at the large size some 35
-- calls a case read, 42% of PostgreSQL's time on the case page and the JSON read (docs/performance.md).
--
-- In a transaction the app began as a reading (placeworks.reading 'on', set by RowWall for that transaction only),
-- nothing is changed, so the case that last passed (placeworks.case_passed, also for the transaction only) passes
-- again without being checked; any other case is checked in full. RowWall empties placeworks.case_passed every time it
-- sets the ground, so a case read past the ground (RowScope.acrossBoundaries) is checked again once the ground is
-- back. Outside a reading every row is checked as before. A case that fails is never remembered.
-- set_config may not run in a parallel worker: the function stays PARALLEL UNSAFE (the default), as it was.
create or replace function placeworks_sees_case(cid uuid) returns boolean
    language plpgsql stable security definer
as $$
declare
    in_reading constant boolean := coalesce(current_setting('placeworks.reading', true) = 'on', false);
    passed boolean;
begin
    if in_reading and current_setting('placeworks.case_passed', true) = cid::text then
        return true;
    end if;
    passed := exists (select 1 from public.caf_case c where c.id = cid and public.placeworks_sees_family(c.family_id));
    if passed and in_reading then
        perform set_config('placeworks.case_passed', cid::text, true);
    end if;
    return passed;
end
$$;
