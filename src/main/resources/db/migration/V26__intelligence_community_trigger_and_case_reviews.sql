-- ASB Case Review ("Community Trigger"): each report counted for the trigger, the alerts raised when a
-- location or a victim reaches the threshold, and the case review applications with their decisions.

-- One row per report, written when the report is saved: what the trigger counts. The location is the
-- address when there is one, else the estate or neighbourhood chosen; a place known only by words is not
-- counted by location (two descriptions cannot honestly be told to be the same place). The victim key is
-- the keyed hash of the reporter's contact details, only when they said it happened to them.
create table intel_trigger_complaint (
    report_id        uuid primary key references intel_report (id),
    reference        varchar(40)  not null,
    category         varchar(40)  not null,
    occurred_on      date         not null,
    received_on      date         not null,
    qualifying       boolean      not null,
    location_key     varchar(60),
    location_label   varchar(400),
    area_label       varchar(200),
    neighbourhood_id uuid,
    estate_id        uuid,
    outside_area     boolean      not null default false,
    victim_key       varchar(200)
);
create index intel_trigger_complaint_location on intel_trigger_complaint (location_key, received_on) where qualifying;
create index intel_trigger_complaint_victim on intel_trigger_complaint (victim_key, received_on) where qualifying;

-- A location or victim reaching the threshold: one row per crossing, never one per later report.
create table intel_trigger_alert (
    id               uuid primary key,
    subject_key      varchar(200) not null,
    reached_on       date         not null,
    complaint_count  integer      not null,
    raised_by_report uuid         not null references intel_report (id)
);
create index intel_trigger_alert_subject on intel_trigger_alert (subject_key, reached_on);

create sequence intel_case_review_number;

create table intel_case_review (
    id                   uuid primary key,
    reference            varchar(20)  not null unique,
    subject_key          varchar(200) not null,
    location_label       varchar(400),
    area_label           varchar(200),
    neighbourhood_id     uuid,
    estate_id            uuid,
    outside_area         boolean      not null default false,
    received_on          date         not null,
    applied_by           varchar(20)  not null,
    on_behalf_of         varchar(300),
    applicant_report_id  uuid         not null references intel_report (id),
    complaints_counted   integer      not null,
    status               varchar(30)  not null,
    acknowledged_on      date,
    decided_on           date,
    threshold_met        boolean,
    decision_reason      text,
    meeting_on           date,
    recommendations      text,
    recommendation_count integer check (recommendation_count >= 0),
    closed_on            date,
    recorded_by          varchar(100) not null,
    recorded_at          timestamptz  not null,
    version              bigint       not null,
    check (applied_by in ('VICTIM', 'ON_BEHALF')),
    check (applied_by = 'VICTIM' or on_behalf_of is not null)
);
create index intel_case_review_received on intel_case_review (received_on);

create table intel_case_review_report (
    review_id uuid not null references intel_case_review (id),
    report_id uuid not null references intel_report (id),
    primary key (review_id, report_id)
);
