-- Areas form a tree (authority > locality > ward > neighbourhood); estates hang off the tree
-- and straddle neighbourhoods.
create table area (
    id                  uuid primary key,
    kind                text not null check (kind in ('AUTHORITY', 'LOCALITY', 'WARD', 'NEIGHBOURHOOD', 'ESTATE')),
    code                text not null,
    vintage             integer not null check (vintage between 1990 and 2100),
    name                text not null,
    parent_id           uuid references area (id),
    boundary_geojson    text,
    deprivation_decile  integer check (deprivation_decile between 1 and 10),
    resident_population integer check (resident_population >= 0),
    child_population    integer check (child_population >= 0),
    version             bigint not null default 0,
    unique (code, vintage)
);
create index area_parent on area (parent_id);
create index area_kind on area (kind);

create table estate_neighbourhood (
    estate_id        uuid not null references area (id) on delete cascade,
    neighbourhood_id uuid not null references area (id),
    primary key (estate_id, neighbourhood_id)
);

create table address (
    id               uuid primary key,
    uprn             bigint not null unique check (uprn > 0 and uprn < 1000000000000),
    line1            text not null,
    line2            text,
    town             text not null,
    postcode         text not null,
    neighbourhood_id uuid not null references area (id),
    estate_id        uuid references area (id),
    version          bigint not null default 0
);
create index address_postcode on address (postcode);
create index address_neighbourhood on address (neighbourhood_id);
create index address_estate on address (estate_id);
