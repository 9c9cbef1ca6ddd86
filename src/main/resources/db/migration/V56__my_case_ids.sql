-- The ids of the cases a member of staff works on (leads, is allocated, is on the team of) or referred and still
-- awaits consent for, open ones only when asked: what "My cases" lists, gathered past the wall.
-- Gathered under the wall, each of the four ways through its own index read caf_case or caf_team_member again under
-- its policy, so PostgreSQL checked the same family's wall several times a listed case: at the large size the list
-- statement took 2.09 ms a call, more than half of PostgreSQL's time on My cases (docs/performance.md).
--
-- It answers identifiers only, and tells no caller more than the wall lets them read: under a request's ground
-- (placeworks.scope 'staff', set by RowWall) it answers only for the request's own person (placeworks.staff and
-- placeworks.principal) and nothing for anyone else; work that passes the wall everywhere (scope 'all': scheduled
-- jobs, start-up, a person acted as outside a request) may ask for anyone's. The statement reading them reads every
-- case through the wall (CafCaseRepository.seen). PL/pgSQL keeps each statement's plan for the connection's session.
create function placeworks_my_case_ids(open_only boolean, me uuid, whom text) returns setof uuid
    language plpgsql stable security definer
    rows 30
as $$
declare
    -- Open only: list_closed false; else either. Tested as an index condition of the lead's and allocated worker's
    -- list indexes (V32), so a worker's closed cases are not read to be dropped; a team member's case is read by its
    -- key to be tested (closing a case leaves its team as it was).
    closed constant boolean[] := case when open_only then array[false] else array[false, true] end;
begin
    if coalesce(current_setting('placeworks.scope', true), '') <> 'all'
       and (me is distinct from nullif(current_setting('placeworks.staff', true), '')::uuid
            or whom is distinct from current_setting('placeworks.principal', true)) then
        return;
    end if;
    return query
        select x.id from public.caf_case x where x.lead_professional_id = me and x.list_closed = any (closed)
        union all select x.id from public.caf_case x where x.allocated_worker_id = me and x.list_closed = any (closed)
        union all select m.case_id from public.caf_team_member m join public.caf_case x on x.id = m.case_id
            where m.staff_id = me and m.left_on is null and x.list_closed = any (closed)
        union all select x.id from public.caf_case x where x.created_by = whom and x.status = 'AWAITING_CONSENT';
end
$$;
