-- A probe of the case lists' reads (issue 13), run in a scratch database migrated to V32 and otherwise empty
-- (for example: createdb -h 127.0.0.1 -U postgres lists_probe; apply src/main/resources/db/migration/V*.sql in
-- version order with psql): 60 neighbourhoods, 4 services of 15 each, 400 workers, 50,000 families and 200,000 cases
-- over five years (97% closed), two team members each. Then EXPLAIN (ANALYZE) page 1 of a manager's "All cases in my
-- area", a page deep in the closed cases, and a worker's "My cases", as CaseLines writes them.
insert into agency (id, name, kind) values ('00000000-0000-0000-0000-0000000000a1', 'Probe Council', 'COUNCIL');
insert into area (id, kind, code, vintage, name)
select ('00000000-0000-0000-0001-' || lpad(to_hex(i), 12, '0'))::uuid, 'NEIGHBOURHOOD', 'N' || i, 2024, 'Neighbourhood ' || i
  from generate_series(1, 60) i;
insert into service (id, name, agency_id)
select ('00000000-0000-0000-0002-' || lpad(to_hex(s), 12, '0'))::uuid, 'Service ' || s, '00000000-0000-0000-0000-0000000000a1'
  from generate_series(1, 4) s;
insert into service_strand select id, 'EARLY_INTERVENTION' from service;
insert into service_boundary_area
select ('00000000-0000-0000-0002-' || lpad(to_hex(1 + (i - 1) / 15), 12, '0'))::uuid, ('00000000-0000-0000-0001-' || lpad(to_hex(i), 12, '0'))::uuid
  from generate_series(1, 60) i;
insert into staff_member (id, username, given_name, family_name, email)
select ('00000000-0000-0000-0003-' || lpad(to_hex(i), 12, '0'))::uuid, 'worker' || i, 'Worker', 'Number ' || i, 'w' || i || '@x.example'
  from generate_series(1, 400) i;
insert into staff_membership select ('00000000-0000-0000-0003-' || lpad(to_hex(i), 12, '0'))::uuid,
  ('00000000-0000-0000-0002-' || lpad(to_hex(1 + (i - 1) % 4), 12, '0'))::uuid from generate_series(1, 400) i;
insert into address (id, uprn, line1, town, postcode, neighbourhood_id)
select ('00000000-0000-0000-0004-' || lpad(to_hex(i), 12, '0'))::uuid, 200000000000 + i, i || ' Probe Street', 'Probe', 'PR1 1AA',
  ('00000000-0000-0000-0001-' || lpad(to_hex(1 + i % 60), 12, '0'))::uuid from generate_series(1, 50000) i;
insert into family (id, name, address_id, created_at, created_by)
select ('00000000-0000-0000-0005-' || lpad(to_hex(i), 12, '0'))::uuid, 'Family' || i || ' family',
  ('00000000-0000-0000-0004-' || lpad(to_hex(i), 12, '0'))::uuid, now(), 'probe' from generate_series(1, 50000) i;
insert into caf_case (id, reference, family_id, owning_service_id, status, referred_on, referrer_name, reason,
    consent_given_on, assessment_due_on, lead_professional_id, next_review_due_on, reassessment_due_on, closed_on, closure_reason,
    created_at, created_by)
select ('00000000-0000-0000-0006-' || lpad(to_hex(i), 12, '0'))::uuid, 'EH-' || lpad(i::text, 7, '0'),
  ('00000000-0000-0000-0005-' || lpad(to_hex(1 + i % 50000), 12, '0'))::uuid,
  ('00000000-0000-0000-0002-' || lpad(to_hex(1 + ((1 + i % 50000) % 60) / 15 % 4), 12, '0'))::uuid,
  st, current_date - (i % 1800), 'Ref', 'Reason',
  case when st <> 'AWAITING_CONSENT' then current_date - (i % 1800) + 5 end,
  case when st = 'ASSESSMENT' then current_date - 30 + (i % 90) end,
  case when st <> 'AWAITING_CONSENT' then ('00000000-0000-0000-0003-' || lpad(to_hex(1 + i % 400), 12, '0'))::uuid end,
  case when st = 'ACTIVE_PLAN' then current_date - 40 + (i % 120) end,
  case when st = 'ACTIVE_PLAN' then current_date + (i % 300) end,
  case when st = 'CLOSED' then current_date - (i % 1800) + 100 end,
  case when st = 'CLOSED' then 'NEEDS_MET' end, now(), 'worker1'
from (select i, case when i % 100 < 97 then 'CLOSED' when i % 100 = 97 then 'AWAITING_CONSENT' when i % 100 = 98 then 'ASSESSMENT'
                      else 'ACTIVE_PLAN' end as st from generate_series(1, 200000) i) g;
insert into caf_team_member (id, case_id, staff_id, joined_on, left_on)
select gen_random_uuid(), c.id, ('00000000-0000-0000-0003-' || lpad(to_hex(1 + (k * 37 + abs(hashtext(c.id::text))) % 400), 12, '0'))::uuid,
  c.referred_on, c.closed_on from caf_case c, generate_series(1, 2) k;
analyze;

-- page 1 of All cases for the manager of service 1 (owns 50,000 cases)
prepare p1(uuid, uuid[], uuid) as
select c.id, c.reference, c.family_id, fp.family_name, fp.neighbourhood_name, c.status,
 s.given_name || ' ' || s.family_name, c.assessment_due_on, c.reassessment_due_on, c.next_review_due_on,
 c.referred_on, c.list_closed, nullif(c.list_due_on, 'infinity'::date)
 from caf_case c join family_list_line fp on fp.family_id = c.family_id
 left join staff_member s on s.id = c.lead_professional_id where
 (c.owning_service_id = $1
  or (exists (select 1 from caf_case_transfer tr where tr.case_id = c.id and tr.status = 'PENDING' and c.status <> 'CLOSED' and tr.to_service_id = $1) and (fp.neighbourhood_id = any($2)))
  or (c.status <> 'CLOSED' and c.consent_given_on is not null and c.consent_withdrawn_on is null
      and (c.lead_professional_id = $3 or exists (select 1 from caf_team_member t where t.case_id = c.id and t.staff_id = $3 and t.left_on is null))))
 order by c.list_closed, c.list_due_on, c.reference limit 51;
explain (analyze, buffers) execute p1('00000000-0000-0000-0002-000000000001', '{00000000-0000-0000-0001-000000000001,00000000-0000-0000-0001-000000000002,00000000-0000-0000-0001-000000000003,00000000-0000-0000-0001-000000000004,00000000-0000-0000-0001-000000000005,00000000-0000-0000-0001-000000000006,00000000-0000-0000-0001-000000000007,00000000-0000-0000-0001-000000000008,00000000-0000-0000-0001-000000000009,00000000-0000-0000-0001-00000000000a,00000000-0000-0000-0001-00000000000b,00000000-0000-0000-0001-00000000000c,00000000-0000-0000-0001-00000000000d,00000000-0000-0000-0001-00000000000e,00000000-0000-0000-0001-00000000000f}', '00000000-0000-0000-0003-000000000001');
-- a page after the first 150,000 closed cases: the keyset is an index condition
prepare p2(uuid, uuid[], uuid) as
select c.id, c.reference, c.family_id, fp.family_name, fp.neighbourhood_name, c.status,
 s.given_name || ' ' || s.family_name, c.assessment_due_on, c.reassessment_due_on, c.next_review_due_on,
 c.referred_on, c.list_closed, nullif(c.list_due_on, 'infinity'::date)
 from caf_case c join family_list_line fp on fp.family_id = c.family_id
 left join staff_member s on s.id = c.lead_professional_id where
 (c.owning_service_id = $1
  or (exists (select 1 from caf_case_transfer tr where tr.case_id = c.id and tr.status = 'PENDING' and c.status <> 'CLOSED' and tr.to_service_id = $1) and (fp.neighbourhood_id = any($2)))
  or (c.status <> 'CLOSED' and c.consent_given_on is not null and c.consent_withdrawn_on is null
      and (c.lead_professional_id = $3 or exists (select 1 from caf_team_member t where t.case_id = c.id and t.staff_id = $3 and t.left_on is null))))
 and (c.list_closed, c.list_due_on, c.reference) > (true, 'infinity'::date, 'EH-0150000') order by c.list_closed, c.list_due_on, c.reference limit 51;
explain (analyze, buffers) execute p2('00000000-0000-0000-0002-000000000001', '{00000000-0000-0000-0001-000000000001,00000000-0000-0000-0001-000000000002,00000000-0000-0000-0001-000000000003,00000000-0000-0000-0001-000000000004,00000000-0000-0000-0001-000000000005,00000000-0000-0000-0001-000000000006,00000000-0000-0000-0001-000000000007,00000000-0000-0000-0001-000000000008,00000000-0000-0000-0001-000000000009,00000000-0000-0000-0001-00000000000a,00000000-0000-0000-0001-00000000000b,00000000-0000-0000-0001-00000000000c,00000000-0000-0000-0001-00000000000d,00000000-0000-0000-0001-00000000000e,00000000-0000-0000-0001-00000000000f}', '00000000-0000-0000-0003-000000000001');
-- My cases for worker 5
prepare mine(uuid, text) as
select c.id, c.reference, fp.family_name, fp.neighbourhood_name, c.status, s.given_name || ' ' || s.family_name,
 c.list_closed, nullif(c.list_due_on, 'infinity'::date)
 from caf_case c join family_list_line fp on fp.family_id = c.family_id
 left join staff_member s on s.id = c.lead_professional_id where
 ((c.owning_service_id = '00000000-0000-0000-0002-000000000001' and (fp.neighbourhood_id = any('{00000000-0000-0000-0001-000000000001,00000000-0000-0000-0001-000000000002}'::uuid[]) or exists (select 1 from caf_case_transfer tr where tr.case_id = c.id and tr.status = 'PENDING' and c.status <> 'CLOSED')))
  or (c.status <> 'CLOSED' and c.consent_given_on is not null and c.consent_withdrawn_on is null
      and (c.lead_professional_id = $1 or exists (select 1 from caf_team_member t where t.case_id = c.id and t.staff_id = $1 and t.left_on is null))))
 and c.id in (select x.id from caf_case x where x.lead_professional_id = $1 and not x.list_closed union all select x.id from caf_case x where x.allocated_worker_id = $1 and not x.list_closed union all select m.case_id from caf_team_member m where m.staff_id = $1 and m.left_on is null union all select x.id from caf_case x where x.created_by = $2 and x.status = 'AWAITING_CONSENT')
 and not c.list_closed
 order by c.list_closed, c.list_due_on, c.reference limit 51;
explain (analyze, buffers) execute mine('00000000-0000-0000-0003-000000000005', 'worker5');
