-- Community engagement on an estate: walkabouts, residents' meetings, clean-up days, and the
-- actions agreed at them, each with an owner from the event's service and a due date.

-- An event held (or planned) at a place on an estate, owned by a service that delivers Estate
-- Services and covers that place. A planned event (a date still to come) has no attendance yet.
create table estate_engagement_event (
    id                uuid primary key,
    kind              text not null check (kind in ('WALKABOUT', 'RESIDENTS_MEETING', 'CLEAN_UP_DAY', 'OTHER')),
    other_name        text,
    held_on           date not null,
    estate_id         uuid not null references area (id),
    neighbourhood_id  uuid references area (id),
    spot              text,
    owning_service_id uuid not null references service (id),
    attendance        int check (attendance between 0 and 10000),
    attended_by       text,
    notes             text,
    recorded_by       text not null,
    recorded_at       timestamptz not null,
    version           bigint not null default 0,
    check (kind <> 'OTHER' or other_name is not null)
);
create index estate_engagement_event_newest on estate_engagement_event (held_on desc, recorded_at desc);
create index estate_engagement_event_service on estate_engagement_event (owning_service_id);

-- An action agreed at an event; done records the date and who marked it done.
create table estate_engagement_action (
    id             uuid primary key,
    event_id       uuid not null references estate_engagement_event (id) on delete cascade,
    description    text not null,
    owner_staff_id uuid not null references staff_member (id),
    due_on         date not null,
    done_on        date,
    done_by        text,
    created_by     text not null,
    created_at     timestamptz not null,
    version        bigint not null default 0,
    check ((done_on is null) = (done_by is null))
);
create index estate_engagement_action_event on estate_engagement_action (event_id);
create index estate_engagement_action_open_by_owner on estate_engagement_action (owner_staff_id, due_on) where done_on is null;
