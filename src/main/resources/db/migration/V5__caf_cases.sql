-- Early help (CAF) cases. Each is owned by a service that delivers Early Intervention and whose
-- boundary holds the family's address; the family and people live in the family module (ids only).
create sequence caf_case_number start 1;

create table caf_case (
    id                      uuid primary key,
    reference               text not null unique,
    family_id               uuid not null references family (id),
    owning_service_id       uuid not null references service (id),
    status                  text not null check (status in ('AWAITING_CONSENT', 'ASSESSMENT', 'ACTIVE_PLAN', 'CLOSED')),
    referred_on             date not null,
    referrer_name           text not null,
    referrer_agency_id      uuid references agency (id),
    referrer_email          text,
    referrer_phone          text,
    reason                  text not null,
    stepped_down            boolean not null default false,
    consent_given_by        text,
    consent_by_young_person boolean not null default false,
    consent_given_on        date,
    consent_purposes        text,
    consent_withdrawn_on    date,
    assessment_due_on       date,
    assessment_completed_on date,
    childs_voice            text,
    family_views            text,
    lead_professional_id    uuid references staff_member (id),
    next_review_due_on      date,
    closed_on               date,
    closure_reason          text check (closure_reason in ('NEEDS_MET', 'SINGLE_AGENCY', 'STEPPED_UP', 'CONSENT_WITHDRAWN', 'MOVED_OUT_OF_AREA')),
    closure_note            text,
    created_at              timestamptz not null,
    created_by              text not null,
    version                 bigint not null default 0
);
create index caf_case_family on caf_case (family_id);
create index caf_case_owner_status on caf_case (owning_service_id, status);
create index caf_case_lead on caf_case (lead_professional_id);

create table caf_case_child (
    case_id   uuid not null references caf_case (id) on delete cascade,
    person_id uuid not null references person (id),
    primary key (case_id, person_id)
);

-- Which agencies the family agreed may (allowed = true) or may not see the case.
create table caf_consent_agency (
    case_id   uuid not null references caf_case (id) on delete cascade,
    agency_id uuid not null references agency (id),
    allowed   boolean not null,
    primary key (case_id, agency_id)
);

create table caf_need (
    id              uuid primary key,
    case_id         uuid not null references caf_case (id) on delete cascade,
    position        int not null,
    description     text not null,
    headline        text not null check (headline in ('EDUCATION', 'EARLY_YEARS', 'HEALTH', 'SUBSTANCE_USE', 'FAMILY_RELATIONSHIPS',
                                                       'SAFE_FROM_ABUSE', 'CRIME_PREVENTION', 'DOMESTIC_ABUSE', 'HOUSING', 'FINANCIAL_STABILITY')),
    baseline_score  int check (baseline_score between 1 and 10),
    current_score   int check (current_score between 1 and 10),
    outcome         text check (outcome in ('MET', 'PARTLY_MET', 'NOT_MET'))
);
create index caf_need_case on caf_need (case_id);

create table caf_assessment_element (
    case_id   uuid not null references caf_case (id) on delete cascade,
    element   text not null,
    strengths text,
    needs     text,
    primary key (case_id, element)
);

create table caf_team_member (
    id        uuid primary key,
    case_id   uuid not null references caf_case (id) on delete cascade,
    staff_id  uuid not null references staff_member (id),
    joined_on date not null,
    left_on   date
);
create index caf_team_member_case on caf_team_member (case_id);
create index caf_team_member_staff on caf_team_member (staff_id);

create table caf_action (
    id              uuid primary key,
    case_id         uuid not null references caf_case (id) on delete cascade,
    need_id         uuid not null references caf_need (id),
    description     text not null,
    owner_staff_id  uuid not null references staff_member (id),
    owner_agency_id uuid references agency (id),
    due_on          date not null,
    status          text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    version         bigint not null default 0
);
create index caf_action_case on caf_action (case_id);

create table caf_review (
    id          uuid primary key,
    case_id     uuid not null references caf_case (id) on delete cascade,
    held_on     date not null,
    summary     text,
    recorded_by text not null
);
create index caf_review_case on caf_review (case_id);

create table caf_review_progress (
    review_id uuid not null references caf_review (id) on delete cascade,
    need_id   uuid not null references caf_need (id),
    progress  text not null check (progress in ('IMPROVED', 'NO_CHANGE', 'WORSE')),
    score     int not null check (score between 1 and 10),
    primary key (review_id, need_id)
);

-- The case's timeline: everything that happened, for the case page and the family's timeline.
create table caf_event (
    id        uuid primary key,
    case_id   uuid not null references caf_case (id) on delete cascade,
    family_id uuid not null,
    at        timestamptz not null,
    by_user   text not null,
    what      text not null
);
create index caf_event_case on caf_event (case_id, at desc);
create index caf_event_family on caf_event (family_id, at desc);
