-- Contacts and case notes on an early help case: what happened, when, who was seen, by whom.
-- A note is the author's to correct for 24 hours; after that it is only added to, by addenda,
-- so the record as first written is always kept.
create table caf_case_note (
    id                uuid primary key,
    case_id           uuid not null references caf_case (id),
    happened_at       timestamptz not null,
    contact_type      text not null,
    child_seen_alone  boolean not null,
    note              text not null,
    follow_up         text,
    follow_up_on      date,
    author_staff_id   uuid not null,
    author_name       text not null,
    written_at        timestamptz not null,
    edited_at         timestamptz,
    version           bigint not null default 0,
    constraint caf_case_note_type check (contact_type in
        ('HOME_VISIT', 'PHONE', 'OFFICE', 'SCHOOL', 'VIRTUAL', 'TAF_MEETING', 'OTHER'))
);

create index caf_case_note_case on caf_case_note (case_id, happened_at desc);

create table caf_case_note_seen (
    note_id   uuid not null references caf_case_note (id) on delete cascade,
    person_id uuid not null references person (id),
    primary key (note_id, person_id)
);

create table caf_case_note_addendum (
    id               uuid primary key,
    note_id          uuid not null references caf_case_note (id),
    position         integer not null,
    note             text not null,
    author_staff_id  uuid not null,
    author_name      text not null,
    written_at       timestamptz not null,
    unique (note_id, position)
);
