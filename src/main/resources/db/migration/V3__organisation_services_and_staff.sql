create table agency (
    id      uuid primary key,
    name    text not null unique,
    kind    text not null,
    version bigint not null default 0
);

-- An existing service, with the boundary it already has and the strands it delivers in the place.
create table service (
    id          uuid primary key,
    name        text not null unique,
    agency_id   uuid not null references agency (id),
    description text,
    version     bigint not null default 0
);
create table service_boundary_area (
    service_id uuid not null references service (id) on delete cascade,
    area_id    uuid not null references area (id),
    primary key (service_id, area_id)
);
create table service_strand (
    service_id uuid not null references service (id) on delete cascade,
    strand     text not null check (strand in ('EARLY_INTERVENTION', 'ESTATE_SERVICES', 'COMMUNITY_INTELLIGENCE')),
    primary key (service_id, strand)
);

-- Where in the place a strand runs; the services delivering it must cover all of it.
create table strand_delivery (
    id      uuid primary key,
    strand  text not null check (strand in ('EARLY_INTERVENTION', 'ESTATE_SERVICES', 'COMMUNITY_INTELLIGENCE')),
    area_id uuid not null references area (id),
    version bigint not null default 0,
    unique (strand, area_id)
);

create table staff_member (
    id          uuid primary key,
    username    text not null unique,
    keycloak_id text unique,
    given_name  text not null,
    family_name text not null,
    email       text not null,
    job_title   text,
    agency_id   uuid references agency (id),
    active      boolean not null default true,
    left_on     date,
    version     bigint not null default 0
);
create table staff_membership (
    staff_id   uuid not null references staff_member (id) on delete cascade,
    service_id uuid not null references service (id),
    primary key (staff_id, service_id)
);
create index staff_membership_service on staff_membership (service_id);

-- A record shared beyond its boundary with one member of staff (Team Around the Family, panel agenda).
create table access_grant (
    id          uuid primary key,
    record_kind text not null,
    record_id   uuid not null,
    staff_id    uuid not null references staff_member (id),
    reason      text not null,
    granted_by  text not null,
    granted_at  timestamptz not null,
    revoked_at  timestamptz
);
create index access_grant_staff on access_grant (staff_id, record_kind, record_id) where revoked_at is null;
