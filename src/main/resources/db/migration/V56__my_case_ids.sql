-- The ids of the cases the signed-in member of staff works on (leads, is allocated, is on the team of) or referred and
-- still awaits consent for, open ones only when asked: what "My cases" lists, gathered past the wall.
-- Gathered under the wall, each of the four ways through its own index read caf_case or caf_team_member again under
-- its policy, so PostgreSQL checked the same family's wall several times a listed case: at the large size the list
-- statement took 2.09 ms a call, more than half of PostgreSQL's time on My cases (docs/performance.md).
--
-- It answers identifiers only, and only the request's own: whose cases come from the settings the app sets for the
-- request (RowWall: placeworks.staff, placeworks.principal), never from an argument, so no caller can ask for another
-- person's. The statement reading them reads every case through the wall (CafCaseRepository.seen).
-- PL/pgSQL keeps each statement's plan for the connection's session.
create function placeworks_my_case_ids(open_only boolean) returns setof uuid
    language plpgsql stable security definer
    rows 30
as $$
declare
    me uuid := nullif(current_setting('placeworks.staff', true), '')::uuid;
    whom text := current_setting('placeworks.principal', true);
begin
    if me is null then
        return;
    end if;
    if open_only then
        return query
            select x.id from public.caf_case x where x.lead_professional_id = me and not x.list_closed
            union all select x.id from public.caf_case x where x.allocated_worker_id = me and not x.list_closed
            union all select m.case_id from public.caf_team_member m where m.staff_id = me and m.left_on is null
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
