-- "My cases"' own case ids (V56), with one plan that is good for every call.
--
-- PL/pgSQL keeps a statement's plan for the connection's session, and after five calls may keep one generic plan for
-- every value of its variables. V56 tested the open-only choice as a variable array (list_closed = any (closed)), which
-- a generic plan cannot match to the worker's list indexes (V32): it read each of the worker's cases, closed ones
-- included, by the plain lead and allocated indexes and dropped the closed ones, and at the benchmark's large size
-- (a worker with 620 cases, 70 of them open) it did so through two parallel workers, started afresh for every call.
-- Which plan a connection kept depended on the calls it happened to serve first: on one machine "My cases" answered
-- 175 a second, on another 33, with PostgreSQL's CPU at 13-20 ms a request (docs/performance-log.md).
--
-- Now each choice is a statement of its own, the open-only one with "not list_closed" written in it, so that every
-- plan of it, generic or not, reads only the worker's open cases through the list indexes. A worker's cases are a
-- few hundred at most, never worth the start of parallel workers: the function runs without them.
create or replace function placeworks_my_case_ids(open_only boolean, me uuid, whom text) returns setof uuid
    language plpgsql stable security definer
    set max_parallel_workers_per_gather = 0
    rows 30
as $$
begin
    if coalesce(current_setting('placeworks.scope', true), '') <> 'all'
       and (me is distinct from nullif(current_setting('placeworks.staff', true), '')::uuid
            or whom is distinct from current_setting('placeworks.principal', true)) then
        return;
    end if;
    if open_only then
        -- A team member's case is read by its key to be tested (closing a case leaves its team as it was).
        return query
            select x.id from public.caf_case x where x.lead_professional_id = me and not x.list_closed
            union all select x.id from public.caf_case x where x.allocated_worker_id = me and not x.list_closed
            union all select m.case_id from public.caf_team_member m join public.caf_case x on x.id = m.case_id
                where m.staff_id = me and m.left_on is null and not x.list_closed
            union all select x.id from public.caf_case x where x.created_by = whom and x.status = 'AWAITING_CONSENT';
    else
        return query
            select x.id from public.caf_case x where x.lead_professional_id = me
            union all select x.id from public.caf_case x where x.allocated_worker_id = me
            union all select m.case_id from public.caf_team_member m where m.staff_id = me and m.left_on is null
            union all select x.id from public.caf_case x where x.created_by = whom and x.status = 'AWAITING_CONSENT';
    end if;
end
$$;
