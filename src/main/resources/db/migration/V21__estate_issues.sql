-- Estate Services: issues reported on an estate, routed by category to the service that owns them.

-- Per category: the service responsible for it (when it covers the place) and the target in working
-- days. Administrators change both; these are the defaults.
create table estate_category_setting (
    category                text primary key,
    responsible_service_id  uuid references service (id),
    target_working_days     integer not null,
    version                 bigint not null default 0,
    constraint estate_category_setting_days check (target_working_days between 1 and 60),
    constraint estate_category_setting_category check (category in ('FLY_TIPPING', 'LITTER', 'GRAFFITI',
        'STREET_LIGHTING', 'COMMUNAL_REPAIRS', 'PLAY_AREA_DAMAGE', 'OVERGROWN_LAND', 'ABANDONED_VEHICLE',
        'DOG_FOULING', 'OTHER'))
);

insert into estate_category_setting (category, target_working_days) values
    ('FLY_TIPPING', 2),
    ('LITTER', 3),
    ('GRAFFITI', 5),
    ('STREET_LIGHTING', 5),
    ('COMMUNAL_REPAIRS', 10),
    ('PLAY_AREA_DAMAGE', 3),
    ('OVERGROWN_LAND', 15),
    ('ABANDONED_VEHICLE', 10),
    ('DOG_FOULING', 3),
    ('OTHER', 10);

create sequence estate_issue_reference_seq start with 1001;

-- An issue: where it is (an address, or a described place in a neighbourhood and estate), who reported
-- it (optional contact), and the service that owns it. public_place is the place as the public may see
-- it (street and postcode district, never a house number), fixed when the issue is reported.
create table estate_issue (
    id                   uuid primary key,
    reference            text not null unique,
    category             text not null,
    status               text not null,
    title                text,
    description          text not null,
    address_id           uuid references address (id),
    place_description    text,
    public_place         text not null,
    neighbourhood_id     uuid not null references area (id),
    estate_id            uuid not null references area (id),
    latitude             double precision,
    longitude            double precision,
    reporter_name        text,
    reporter_email       text,
    reporter_phone       text,
    channel              text not null,
    channel_reference    text,
    owning_service_id    uuid not null references service (id),
    reported_at          timestamptz not null,
    reported_by          text not null,
    updated_at           timestamptz not null,
    target_date          date not null,
    close_reason         text,
    version              bigint not null default 0,
    constraint estate_issue_status check (status in ('REPORTED', 'IN_PROGRESS', 'FIXED', 'CLOSED_NOT_FIXED', 'REOPENED')),
    constraint estate_issue_channel check (channel in ('STAFF', 'OPEN311')),
    constraint estate_issue_place check (address_id is not null or place_description is not null),
    constraint estate_issue_description check (length(description) between 1 and 5000),
    constraint estate_issue_title check (title is null or length(title) <= 200),
    constraint estate_issue_latitude check (latitude is null or latitude between -90 and 90),
    constraint estate_issue_longitude check (longitude is null or longitude between -180 and 180)
);

create index estate_issue_worklist on estate_issue (owning_service_id, target_date) where status in ('REPORTED', 'IN_PROGRESS', 'REOPENED');
create index estate_issue_place on estate_issue (estate_id, neighbourhood_id);
create index estate_issue_reported on estate_issue (reported_at);
create index estate_issue_channel_reference on estate_issue (channel, channel_reference) where channel_reference is not null;

-- The issue's history: reported, routed, each status change, notes (staff only) and public notes
-- (shown to the public and sent to the reporter).
create table estate_issue_event (
    id            uuid primary key,
    issue_id      uuid not null references estate_issue (id),
    at            timestamptz not null,
    by_user       text not null,
    kind          text not null,
    from_status   text,
    to_status     text,
    reason        text,
    note          text,
    public_note   text,
    constraint estate_issue_event_kind check (kind in ('REPORTED', 'ROUTED', 'STATUS', 'NOTE'))
);

create index estate_issue_event_issue on estate_issue_event (issue_id, at);
create index estate_issue_event_public on estate_issue_event (at) where to_status is not null or public_note is not null;

-- Photos of an issue, checked by their content (JPEG, PNG, WebP, HEIC), each up to 10 MB.
create table estate_issue_photo (
    id            uuid primary key,
    issue_id      uuid not null references estate_issue (id),
    file_name     text not null,
    content_type  text not null,
    size_bytes    integer not null,
    content       bytea not null,
    uploaded_at   timestamptz not null,
    uploaded_by   text not null,
    constraint estate_issue_photo_size check (size_bytes > 0 and size_bytes <= 10485760),
    constraint estate_issue_photo_type check (content_type in ('image/jpeg', 'image/png', 'image/webp', 'image/heic'))
);

create index estate_issue_photo_issue on estate_issue_photo (issue_id, uploaded_at);
