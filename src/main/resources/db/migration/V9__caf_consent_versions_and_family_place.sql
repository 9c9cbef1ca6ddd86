-- Consent is kept as versions: given, then amended or renewed, every version kept. Each version
-- names who agreed (each adult with parental responsibility, and a young person for themselves,
-- with who judged an under-16's competence and why), the purposes (panel discussion its own),
-- and the agencies allowed and refused. The version in force is the newest one.
create table caf_consent_version (
    id               uuid primary key,
    case_id          uuid not null references caf_case (id) on delete cascade,
    number           int not null,
    change           text not null check (change in ('GIVEN', 'AMENDED', 'RENEWED')),
    given_on         date not null,
    purposes         text not null,
    panel_discussion boolean not null,
    recorded_at      timestamptz not null,
    recorded_by      text not null,
    unique (case_id, number)
);

create table caf_consent_giver (
    version_id           uuid not null references caf_consent_version (id) on delete cascade,
    position             int not null,
    name                 text not null,
    person_id            uuid references person (id),
    young_person         boolean not null,
    competence_judged_by text,
    competence_reason    text,
    primary key (version_id, position)
);

create table caf_consent_version_agency (
    version_id uuid not null references caf_consent_version (id) on delete cascade,
    agency_id  uuid not null references agency (id),
    allowed    boolean not null,
    primary key (version_id, agency_id)
);

-- Existing consent becomes version 1. Panel discussion was not asked separately before: it counts as
-- agreed only where the recorded purposes named the panel.
insert into caf_consent_version (id, case_id, number, change, given_on, purposes, panel_discussion, recorded_at, recorded_by)
select gen_random_uuid(), c.id, 1, 'GIVEN', c.consent_given_on, coalesce(c.consent_purposes, ''),
       coalesce(c.consent_purposes ilike '%panel%', false), c.created_at, c.created_by
  from caf_case c
 where c.consent_given_on is not null;

insert into caf_consent_giver (version_id, position, name, person_id, young_person)
select v.id, 0, coalesce(c.consent_given_by, 'Not recorded'), null, c.consent_by_young_person
  from caf_consent_version v join caf_case c on c.id = v.case_id;

insert into caf_consent_version_agency (version_id, agency_id, allowed)
select v.id, a.agency_id, a.allowed
  from caf_consent_version v join caf_consent_agency a on a.case_id = v.case_id;

drop table caf_consent_agency;
alter table caf_case drop column consent_given_by, drop column consent_by_young_person, drop column consent_purposes;

-- The family module's public read model: where each family lives, for other features' queries
-- (caf filters its lists by it in SQL). Read-only; the family and geography tables stay family's own.
create view family_place as
select f.id as family_id, a.id as address_id, a.neighbourhood_id, a.estate_id
  from family f join address a on a.id = f.address_id;
