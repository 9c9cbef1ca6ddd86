-- Insight's pre-aggregated store: one row per month, neighbourhood, strand, owning service, worker and
-- measure, rebuilt from the other features' tables (read-only) by insight's refresh. Managers' pages,
-- exports and the API read only this table, so they stay as fast at a million cases as at ten thousand.
-- Flows (referrals, closures, grants, reports...) are counted in the month they happened; stocks (open
-- cases, overdue assessments...) are the value at the month's end (for the current month: today).
create table insight_figure (
    month            date not null check (extract(day from month) = 1),
    neighbourhood_id uuid not null references area (id),
    strand           text not null check (strand in ('EARLY_INTERVENTION', 'ESTATE_SERVICES', 'COMMUNITY_INTELLIGENCE')),
    service_id       uuid references service (id),
    worker_id        uuid references staff_member (id),
    measure          text not null,
    value            bigint not null check (value >= 0)
);
create index insight_figure_read on insight_figure (measure, month, neighbourhood_id);
create index insight_figure_neighbourhood on insight_figure (neighbourhood_id, measure, month);

-- When the store was last rebuilt (one row): the pages say "figures as at" this time.
create table insight_refresh (
    id               int primary key check (id = 1),
    refreshed_at     timestamptz not null,
    full_rebuild_at  timestamptz
);

-- Where a family lived on a date: the residence that began last on or before it (its address's
-- neighbourhood, or the neighbourhood chosen for a place without a UPRN); before the first recorded
-- residence, where the family lives now.
create function insight_family_neighbourhood(family uuid, on_date date) returns uuid
language sql stable as $$
    select coalesce(
        (select coalesce(a.neighbourhood_id, r.area_id)
           from family_residence r left join address a on a.id = r.address_id
          where r.family_id = family and r.from_date <= on_date
          order by r.from_date desc, r.recorded_at desc
          limit 1),
        (select p.neighbourhood_id from family_place p where p.family_id = family))
$$;
