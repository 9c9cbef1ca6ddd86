-- Adds synthetic early help cases numbered :lo to :hi (inclusive) to a database that holds the demo town, for
-- timing the insight pages and the summary rebuild at scale. Deterministic: the same numbers give the same rows
-- (ids are md5 of the number), so a database grows 10,000 -> 200,000 -> 1,000,000 by adding ranges.
-- Four cases per family (a family for each block of four numbers), placed at the demo's addresses round robin;
-- referred evenly over the five years to today; cases referred more than 120 days ago (and one in three since)
-- closed; two needs per case (outcomes at closure), a child on each, a review six weeks in.
--   psql -h 127.0.0.1 -U postgres -d DB -v lo=1 -v hi=10000 -f bench/insight-scale-cases.sql
\set ON_ERROR_STOP on
begin;
create temp table bench_ctx on commit drop as
select (select array_agg(id order by id) from address where neighbourhood_id is not null) as addresses,
       (select array_agg(m.id order by m.id) from staff_member m join staff_membership sm on sm.staff_id = m.id
          join service_strand ss on ss.service_id = sm.service_id and ss.strand = 'EARLY_INTERVENTION') as workers,
       (select array_agg(ss.service_id order by ss.service_id) from service_strand ss where ss.strand = 'EARLY_INTERVENTION') as services,
       array['EDUCATION', 'EARLY_YEARS', 'HEALTH', 'SUBSTANCE_USE', 'FAMILY_RELATIONSHIPS', 'SAFE_FROM_ABUSE',
             'CRIME_PREVENTION', 'DOMESTIC_ABUSE', 'HOUSING', 'FINANCIAL_STABILITY'] as headlines;

-- The families of the range's cases (one a block of four numbers; a block split across two ranges is made once).
insert into family (id, name, address_id, created_at, created_by)
select md5('bench-family-' || f)::uuid, 'Bench ' || f, x.addresses[1 + (f * 7919) % array_length(x.addresses, 1)], now(), 'bench'
  from bench_ctx x, generate_series(:lo / 4, :hi / 4) f
on conflict (id) do nothing;
insert into family_residence (id, family_id, kind, address_id, from_date, recorded_at, recorded_by)
select md5('bench-residence-' || f)::uuid, md5('bench-family-' || f)::uuid, 'HOME',
       x.addresses[1 + (f * 7919) % array_length(x.addresses, 1)], date '2019-01-01', now(), 'bench'
  from bench_ctx x, generate_series(:lo / 4, :hi / 4) f
on conflict (id) do nothing;
insert into person (id, family_id, given_name, family_name, date_of_birth, relationship, created_at)
select md5('bench-person-' || f)::uuid, md5('bench-family-' || f)::uuid, 'Child', 'Bench ' || f,
       date '2012-01-01' + (f % 3000), 'CHILD', now()
  from generate_series(:lo / 4, :hi / 4) f
on conflict (id) do nothing;

create temp table bench_case on commit drop as
select i, md5('bench-case-' || i)::uuid as id, md5('bench-family-' || (i / 4))::uuid as family_id,
       md5('bench-person-' || (i / 4))::uuid as child_id,
       current_date - ((i * 7919) % 1826) as referred_on,
       x.workers[1 + (i * 31) % array_length(x.workers, 1)] as worker,
       x.services[1 + (i / 4) % array_length(x.services, 1)] as service
  from bench_ctx x, generate_series(:lo, :hi) i;
alter table bench_case add column closed_on date;
update bench_case set closed_on = least(referred_on + 30 + (i % 300), current_date - 1)
 where referred_on < current_date - 120 or i % 3 = 0 and referred_on < current_date - 2;

insert into caf_case (id, reference, family_id, owning_service_id, status, referred_on, referrer_name, reason,
                      assessment_due_on, assessment_completed_on, lead_professional_id, allocated_worker_id,
                      next_review_due_on, closed_on, closure_reason, referral_decision, referral_decided_on,
                      created_at, created_by)
select b.id, 'BENCH-' || b.i, b.family_id, b.service,
       case when b.closed_on is not null then 'CLOSED' when b.referred_on < current_date - 25 then 'ACTIVE_PLAN' else 'ASSESSMENT' end,
       b.referred_on, 'A school', 'Worried about attendance', b.referred_on + 14,
       case when b.closed_on is not null or b.referred_on < current_date - 25 then b.referred_on + (b.i % 25) end,
       b.worker, b.worker,
       case when b.closed_on is null then b.referred_on + 42 + 91 * ((b.i % 3)) end,
       b.closed_on,
       case when b.closed_on is null then null when b.i % 5 = 0 then 'SINGLE_AGENCY' else 'NEEDS_MET' end,
       'ACCEPTED', b.referred_on + 2, now(), 'bench'
  from bench_case b;
insert into caf_case_child (case_id, person_id) select id, child_id from bench_case;
insert into caf_need (id, case_id, position, description, headline, outcome)
select md5('bench-need-' || b.i || '-' || k)::uuid, b.id, k, 'A need', x.headlines[1 + (b.i + k * 3) % 10],
       case when b.closed_on is null then null when (b.i + k) % 7 = 0 then 'NOT_MET' when (b.i + k) % 5 = 0 then 'PARTLY_MET' else 'MET' end
  from bench_ctx x, bench_case b, generate_series(0, 1) k;
insert into caf_review (id, case_id, held_on, summary, recorded_by)
select md5('bench-review-' || b.i)::uuid, b.id, b.referred_on + 42, 'Review', 'bench'
  from bench_case b where b.referred_on + 42 <= coalesce(b.closed_on, current_date);
commit;
