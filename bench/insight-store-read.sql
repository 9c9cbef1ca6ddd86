-- A probe of the insight store's read, run in a scratch database: synthetic rows at the density a workforce of
-- :workers early help workers would give (60 neighbourhoods, 5 services, 60 months, 14 measures, each worker in 3
-- neighbourhoods), then the caseload page's read of 12 months for every neighbourhood, from the detail and from the
-- roll-up over services and workers. See docs/performance.md.
drop table if exists insight_figure, insight_area_figure, nbh, svc, wrk;
create table insight_figure (month date not null, neighbourhood_id uuid not null, strand text not null, service_id uuid,
  worker_id uuid, measure text not null, value bigint not null);
create index insight_figure_read on insight_figure (measure, month, neighbourhood_id);
create index insight_figure_neighbourhood on insight_figure (neighbourhood_id, measure, month);
create table nbh as select gen_random_uuid() id, g n from generate_series(1,60) g;
create table svc as select gen_random_uuid() id, g n from generate_series(1,5) g;
-- :workers workers, each on 3 neighbourhoods; 14 early help measures (10 flows, 4 stocks) for 60 months
create table wrk as select gen_random_uuid() id, g n from generate_series(1, :workers) g;
insert into insight_figure
select m::date, nb.id, 'EARLY_INTERVENTION', s.id, w.id, ms, 1 + (random()*5)::int
  from generate_series(date '2022-01-01', date '2026-12-01', interval '1 month') m
  cross join wrk w
  cross join generate_series(0,2) k
  join nbh nb on nb.n = 1 + ((w.n * 7 + k * 13) % 60)
  join svc s on s.n = 1 + (w.n % 5)
  cross join unnest(array['REFERRALS','RE_REFERRALS','CLOSURES','CLOSURES_ALL_NEEDS_MET','CLOSURES_WITH_OUTCOMES','GRANTS',
    'GRANT_PENCE','ESTATE_ISSUES_REPORTED','ENGAGEMENT_EVENTS','INTELLIGENCE_REPORTS','OPEN_CASES','CHILDREN_ON_OPEN_CASES',
    'OVERDUE_ASSESSMENTS','OVERDUE_REVIEWS']) ms;
analyze insight_figure;
select count(*) as rows from insight_figure;
\timing on
prepare detail as select neighbourhood_id, measure, sum(value) from insight_figure
 where neighbourhood_id in (select id from nbh)
   and ((measure in ('REFERRALS','RE_REFERRALS','CLOSURES','CLOSURES_ALL_NEEDS_MET','CLOSURES_WITH_OUTCOMES','GRANTS','GRANT_PENCE',
        'ESTATE_ISSUES_REPORTED','ENGAGEMENT_EVENTS','INTELLIGENCE_REPORTS') and month between date '2025-12-01' and date '2026-11-01')
     or (measure in ('OPEN_CASES','CHILDREN_ON_OPEN_CASES','OVERDUE_ASSESSMENTS','OVERDUE_REVIEWS') and month = date '2026-11-01'))
 group by neighbourhood_id, measure;
execute detail; execute detail; execute detail; execute detail; execute detail;
\timing off
create table insight_area_figure as select month, neighbourhood_id, strand, measure, sum(value) as value from insight_figure group by 1,2,3,4;
alter table insight_area_figure add primary key (measure, month, neighbourhood_id, strand);
analyze insight_area_figure;
select count(*) as rollup_rows from insight_area_figure;
\timing on
prepare rolled as select neighbourhood_id, measure, sum(value) from insight_area_figure
 where neighbourhood_id in (select id from nbh)
   and ((measure in ('REFERRALS','RE_REFERRALS','CLOSURES','CLOSURES_ALL_NEEDS_MET','CLOSURES_WITH_OUTCOMES','GRANTS','GRANT_PENCE',
        'ESTATE_ISSUES_REPORTED','ENGAGEMENT_EVENTS','INTELLIGENCE_REPORTS') and month between date '2025-12-01' and date '2026-11-01')
     or (measure in ('OPEN_CASES','CHILDREN_ON_OPEN_CASES','OVERDUE_ASSESSMENTS','OVERDUE_REVIEWS') and month = date '2026-11-01'))
 group by neighbourhood_id, measure;
execute rolled; execute rolled; execute rolled; execute rolled; execute rolled;
