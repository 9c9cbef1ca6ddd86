-- The monthly multi-agency panel: panels for a locality, their member agencies, meetings scheduled
-- ahead, agenda items (with the case summary snapshot members see), decisions and actions.
create table panel (
    id              uuid primary key,
    name            text not null unique,
    locality_id     uuid not null references area (id),
    chair_staff_id  uuid not null references staff_member (id),
    cadence_week    integer not null check (cadence_week in (-1, 1, 2, 3, 4)),
    cadence_day     text not null check (cadence_day in ('MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY')),
    start_time      time not null,
    venue           text,
    cut_off_days    integer not null check (cut_off_days between 0 and 60),
    minutes_per_item integer not null check (minutes_per_item between 1 and 120),
    quorum_agencies integer not null check (quorum_agencies between 1 and 30),
    version         bigint not null default 0
);

-- One row per member agency: its named member and, optionally, the deputy who attends instead.
create table panel_member (
    id              uuid primary key,
    panel_id        uuid not null references panel (id) on delete cascade,
    agency_id       uuid not null references agency (id),
    member_staff_id uuid not null references staff_member (id),
    deputy_staff_id uuid references staff_member (id),
    unique (panel_id, agency_id)
);
create index panel_member_staff on panel_member (member_staff_id);

create table panel_meeting (
    id                      uuid primary key,
    panel_id                uuid not null references panel (id),
    meeting_date            date not null,
    start_time              time not null,
    status                  text not null check (status in ('SCHEDULED', 'AGENDA_PUBLISHED', 'IN_SESSION', 'CLOSED', 'CANCELLED')),
    chair_present           boolean not null default false,
    confidentiality_acknowledged_at timestamptz,
    quorum_override_reason  text,
    quorum_overridden_by    text,
    published_at            timestamptz,
    started_at              timestamptz,
    closed_at               timestamptz,
    version                 bigint not null default 0,
    unique (panel_id, meeting_date)
);
create index panel_meeting_date on panel_meeting (meeting_date);

create table panel_attendance (
    id            uuid primary key,
    meeting_id    uuid not null references panel_meeting (id) on delete cascade,
    agency_id     uuid not null references agency (id),
    status        text not null check (status in ('PRESENT', 'APOLOGIES', 'DEPUTY', 'ABSENT')),
    attendee_name text,
    unique (meeting_id, agency_id)
);

create table panel_item (
    id                     uuid primary key,
    meeting_id             uuid not null references panel_meeting (id),
    case_id                uuid not null references caf_case (id),
    kind                   text not null check (kind in ('NEW_REQUEST', 'STUCK_CASE_REVIEW', 'GRANT_REQUEST', 'ESCALATION', 'STEP_DOWN')),
    note                   text not null,
    subject_link           text,
    position               integer not null,
    urgent                 boolean not null default false,
    urgent_reason          text,
    urgent_accepted_by     text,
    urgent_requested_for   uuid references panel_meeting (id),
    urgent_request_reason  text,
    submitted_by           text not null,
    submitter_agency_id    uuid references agency (id),
    submitted_at           timestamptz not null,
    carried_from_item_id   uuid references panel_item (id),
    -- The case summary as it stood when listed: members outside the case's boundary read this, never the case.
    case_reference         text not null,
    family_name            text not null,
    children_ages          text not null,
    needs                  text not null,
    case_reason            text not null,
    declarations           text,
    decision               text check (decision in ('ALLOCATE_LEAD_PROFESSIONAL', 'AGREE_SUPPORT_PACKAGE', 'AWARD_GRANT', 'STEP_UP', 'STEP_DOWN', 'CLOSE', 'DEFER')),
    rationale              text,
    decided_by             text,
    decided_at             timestamptz,
    version                bigint not null default 0
);
create index panel_item_meeting on panel_item (meeting_id, position);
create index panel_item_case on panel_item (case_id);
create index panel_item_urgent on panel_item (urgent_requested_for);

create table panel_action (
    id                   uuid primary key,
    panel_id             uuid not null references panel (id),
    meeting_id           uuid not null references panel_meeting (id),
    item_id              uuid not null references panel_item (id),
    description          text not null,
    owner_staff_id       uuid not null references staff_member (id),
    agency_id            uuid references agency (id),
    due_on               date not null,
    done_on              date,
    review_at_meeting_id uuid references panel_meeting (id),
    created_by           text not null,
    version              bigint not null default 0
);
create index panel_action_item on panel_action (item_id);
create index panel_action_review on panel_action (review_at_meeting_id);
create index panel_action_open on panel_action (panel_id, done_on);
