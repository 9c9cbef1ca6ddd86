-- The panel's own governance: declarations of interest per member and item, agencies a quorum must
-- include, minutes from draft to agreed with every correction kept, and decisions that act on the case.

-- Who declared what on an item, and whether they withdrew from it (then the item's quorum is counted without them).
create table panel_declaration (
    id            uuid primary key,
    meeting_id    uuid not null references panel_meeting (id),
    item_id       uuid not null references panel_item (id),
    staff_id      uuid references staff_member (id),
    agency_id     uuid references agency (id),
    declared_by   text not null,
    interest      text not null,
    withdrew      boolean not null,
    chairing      boolean not null default false,
    recorded_by   text not null,
    recorded_at   timestamptz not null
);
create index panel_declaration_meeting on panel_declaration (meeting_id);

-- Agencies that must be represented for the panel to be quorate, besides the number of agencies.
create table panel_quorum_agency (
    panel_id  uuid not null references panel (id),
    agency_id uuid not null references agency (id),
    primary key (panel_id, agency_id)
);

-- The minutes of a closed meeting: drafted, circulated for accuracy, agreed at the next meeting.
create table panel_minutes (
    id             uuid primary key,
    meeting_id     uuid not null unique references panel_meeting (id),
    status         text not null check (status in ('DRAFT', 'CIRCULATED', 'AGREED')),
    circulated_at  timestamptz,
    agreed_at_meeting_id uuid references panel_meeting (id),
    agreed_at      timestamptz,
    version        bigint not null default 0
);

-- Each wording of the minutes' narrative: the first draft and every correction after it.
create table panel_minutes_revision (
    id          uuid primary key,
    minutes_id  uuid not null references panel_minutes (id),
    number      integer not null,
    text        text not null,
    reason      text,
    written_by  text not null,
    written_at  timestamptz not null,
    unique (minutes_id, number)
);

-- A decision that acts: the lead professional it appointed, and whether the workers were told.
alter table panel_item add column lead_professional_staff_id uuid references staff_member (id);

-- The panel may decline a grant request it heard: one decision, recorded on the item and the request alike.
alter table panel_item drop constraint panel_item_decision_check;
alter table panel_item add constraint panel_item_decision_check check (decision in ('ALLOCATE_LEAD_PROFESSIONAL',
    'AGREE_SUPPORT_PACKAGE', 'AWARD_GRANT', 'DECLINE_GRANT', 'STEP_UP', 'STEP_DOWN', 'CLOSE', 'DEFER'));
