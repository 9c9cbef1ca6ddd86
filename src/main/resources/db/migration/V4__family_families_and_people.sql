-- Families (households at an address) and the people in them.
-- Spelling-tolerant name search uses trigrams: production needs the pg_trgm extension available.
create extension if not exists pg_trgm;

create table family (
    id         uuid primary key,
    name       text not null,
    address_id uuid not null references address (id),
    created_at timestamptz not null,
    created_by text not null,
    version    bigint not null default 0
);
create index family_address on family (address_id);

create table person (
    id                 uuid primary key,
    family_id          uuid not null references family (id),
    given_name         text not null,
    family_name        text not null,
    other_names        text,
    date_of_birth      date,
    expected_date      date,
    sex                text check (sex in ('FEMALE', 'MALE', 'NOT_KNOWN')),
    ethnicity          text check (ethnicity in ('WBRI', 'WIRI', 'WIRT', 'WROM', 'WOTH', 'MWBC', 'MWBA', 'MWAS', 'MOTH',
                           'AIND', 'APKN', 'ABAN', 'CHNE', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'OOTH', 'REFU', 'NOBT')),
    first_language     text,
    interpreter_needed boolean not null default false,
    disability         text,
    school_or_setting  text,
    nhs_number         text check (nhs_number ~ '^[0-9]{10}$'),
    pupil_number       text check (pupil_number ~ '^[A-Z][0-9]{12}$'),
    relationship       text not null check (relationship in ('CHILD', 'PARENT', 'CARER', 'OTHER_ADULT')),
    lives_here         boolean not null default true,
    merged_into        uuid references person (id),
    created_at         timestamptz not null,
    version            bigint not null default 0,
    -- Every name a person goes by, for the trigram search; maintained by PostgreSQL.
    search_name        text generated always as (given_name || ' ' || family_name || coalesce(' ' || other_names, '')) stored,
    -- Born (a date of birth) or unborn (an expected date, and then a child), never both nor neither.
    constraint person_born_or_expected check ((date_of_birth is null) <> (expected_date is null)),
    constraint person_unborn_is_child check (expected_date is null or relationship = 'CHILD'),
    constraint person_not_merged_into_self check (merged_into is null or merged_into <> id)
);
create index person_family on person (family_id) where merged_into is null;
create index person_date_of_birth on person (date_of_birth) where merged_into is null;
create index person_nhs_number on person (nhs_number) where merged_into is null and nhs_number is not null;
create index person_search_name_trgm on person using gin (search_name gin_trgm_ops) where merged_into is null;
create index person_family_name_trgm on person using gin (family_name gin_trgm_ops) where merged_into is null;
