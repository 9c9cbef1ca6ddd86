-- Where a family lives, and has lived. A family lives at a UPRN address, or (in temporary accommodation
-- without a UPRN, or with no fixed abode) at a described location in the neighbourhood the worker chose:
-- that neighbourhood then decides whose boundary holds the family.
alter table family alter column address_id drop not null;
alter table family add column place_kind text not null default 'HOME'
    check (place_kind in ('HOME', 'TEMPORARY', 'NO_FIXED_ABODE'));
alter table family add column place_description text;
alter table family add column place_area_id uuid references area (id);
alter table family add constraint family_address_or_area check ((address_id is null) <> (place_area_id is null));
alter table family add constraint family_no_fixed_abode_described
    check (place_kind <> 'NO_FIXED_ABODE' or (place_area_id is not null and place_description is not null));

-- Every place a family has lived, with dates: the one with no end date is where they live now.
create table family_residence (
    id          uuid primary key,
    family_id   uuid not null references family (id),
    kind        text not null check (kind in ('HOME', 'TEMPORARY', 'NO_FIXED_ABODE')),
    address_id  uuid references address (id),
    description text,
    area_id     uuid references area (id),
    from_date   date not null,
    to_date     date,
    recorded_at timestamptz not null,
    recorded_by text not null,
    constraint family_residence_address_or_area check ((address_id is null) <> (area_id is null)),
    constraint family_residence_dates check (to_date is null or to_date >= from_date)
);
create unique index family_residence_now on family_residence (family_id) where to_date is null;
create index family_residence_family on family_residence (family_id, from_date);

insert into family_residence (id, family_id, kind, address_id, from_date, recorded_at, recorded_by)
select gen_random_uuid(), f.id, 'HOME', f.address_id, (f.created_at at time zone 'Europe/London')::date, f.created_at, f.created_by
  from family f;

-- family's read model for other features: a family without a UPRN address sits in the neighbourhood chosen.
create or replace view family_place as
select f.id as family_id, f.address_id, coalesce(a.neighbourhood_id, f.place_area_id) as neighbourhood_id, a.estate_id
  from family f left join address a on a.id = f.address_id;

-- A case offered by the service that holds it to another that delivers Early Intervention where the
-- family lives (after a move, or when the lead agency changes); accepted or declined by the receiving
-- service. Until then both services see the case. One offer awaits a decision at a time.
create table caf_case_transfer (
    id               uuid primary key,
    case_id          uuid not null references caf_case (id) on delete cascade,
    from_service_id  uuid not null references service (id),
    to_service_id    uuid not null references service (id),
    cause            text not null check (cause in ('MOVE', 'LEAD_AGENCY')),
    reason           text not null,
    status           text not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    requested_at     timestamptz not null,
    requested_by     text not null,
    decided_at       timestamptz,
    decided_by       text,
    decision_reason  text,
    version          bigint not null default 0,
    constraint caf_case_transfer_to_another check (from_service_id <> to_service_id),
    constraint caf_case_transfer_declined_with_reason check (status <> 'DECLINED' or decision_reason is not null)
);
create unique index caf_case_transfer_pending on caf_case_transfer (case_id) where status = 'PENDING';
create index caf_case_transfer_incoming on caf_case_transfer (to_service_id) where status = 'PENDING';
