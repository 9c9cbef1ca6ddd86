-- A grant fund belongs to a service, whose boundary decides who sees the fund, its requests, payments
-- and exports, and to the panel that decides its grants (its chair's delegated decisions are for it only).
alter table grant_fund add column service_id uuid references service (id);
alter table grant_fund add column panel_id uuid references panel (id);

-- Existing funds: the panel that has decided the fund's grants at its meetings; failing that, the
-- only panel there is.
update grant_fund f set panel_id = (
    select m.panel_id from grant_request r join panel_meeting m on m.id = r.meeting_id
    where r.fund_id = f.id order by r.decided_on desc nulls last limit 1);
update grant_fund f set panel_id = (select p.id from panel p)
    where f.panel_id is null and (select count(*) from panel) = 1;

-- ...and the Early Intervention service its panel's chair works in (the chair's own service; the
-- first by name if they work in more than one).
update grant_fund f set service_id = (
    select s.id from panel p
    join staff_membership sm on sm.staff_id = p.chair_staff_id
    join service s on s.id = sm.service_id
    join service_strand st on st.service_id = s.id and st.strand = 'EARLY_INTERVENTION'
    where p.id = f.panel_id order by s.name limit 1);

-- A fund that could not be placed stays without an owner: only administrators see it until one is set.
create index grant_fund_service on grant_fund (service_id);
create index grant_fund_panel on grant_fund (panel_id);
