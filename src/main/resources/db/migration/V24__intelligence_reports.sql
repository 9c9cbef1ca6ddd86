-- Community Intelligence: the confidential reporting channel.
-- A report says what happened, when and where; who reported it is held apart (intel_reporter),
-- encrypted, and never part of the report's own row. No IP address, user agent or any other
-- device data is stored anywhere here.
create sequence intel_report_number;

create table intel_report (
    id                 uuid primary key,
    reference          text not null unique,
    category           text not null,
    what_happened      text not null,
    occurred_on        date not null,
    occurred_time      time,
    -- Where: an address in the register, or an area of the place (neighbourhood or estate) with a
    -- description, or only a description. For an address, its neighbourhood and estate are kept too,
    -- so that officers' lists are filtered by boundary in SQL.
    address_id         uuid references address (id),
    neighbourhood_id   uuid references area (id),
    estate_id          uuid references area (id),
    place_description  text,
    -- No Community Intelligence service's boundary holds the place (or it was only described):
    -- kept, and every intelligence officer sees it in triage.
    outside_area       boolean not null,
    victim             text not null,
    channel            text not null,
    received_at        timestamptz not null,
    -- The member of staff who wrote the report down (a staff report or one taken by phone); null online.
    taken_by           text,
    status             text not null,
    status_note        text,
    status_changed_at  timestamptz not null,
    owning_service_id  uuid references service (id),
    version            bigint not null default 0,
    constraint intel_report_category check (category in
        ('ANTI_SOCIAL_BEHAVIOUR', 'DRUG_DEALING', 'INTIMIDATION', 'NEGLECT_OR_WELFARE', 'ENVIRONMENTAL', 'OTHER')),
    constraint intel_report_victim check (victim in ('YES', 'NO', 'UNSURE')),
    constraint intel_report_channel check (channel in ('ONLINE', 'STAFF', 'PHONE')),
    constraint intel_report_placed check (outside_area or owning_service_id is not null),
    constraint intel_report_somewhere check (address_id is not null or neighbourhood_id is not null
        or estate_id is not null or place_description is not null)
);

create index intel_report_received on intel_report (received_at desc, id);
create index intel_report_status on intel_report (status, received_at desc);
create index intel_report_neighbourhood on intel_report (neighbourhood_id);
create index intel_report_estate on intel_report (estate_id);
create index intel_report_owner on intel_report (owning_service_id);

-- Who reported, held apart from the report. Each field is AES-GCM ciphertext (IV then ciphertext
-- and tag) under the key named by key_id, from configuration; the match columns are keyed hashes
-- (HMAC-SHA256) of the normalised email and phone, so that the same person's reports can be counted
-- together without decrypting anything.
create table intel_reporter (
    report_id          uuid primary key references intel_report (id),
    key_id             text not null,
    name_cipher        bytea,
    email_cipher       bytea,
    phone_cipher       bytea,
    preferred_contact  text not null,
    email_match        text,
    phone_match        text,
    constraint intel_reporter_contact check (preferred_contact in ('EMAIL', 'PHONE', 'NONE'))
);

create index intel_reporter_email_match on intel_reporter (email_match);
create index intel_reporter_phone_match on intel_reporter (phone_match);

-- The receipt code given to the reporter, only as a slow, peppered hash (see ReceiptCodes).
create table intel_receipt (
    report_id   uuid primary key references intel_report (id),
    code_hash   text not null unique
);

-- Information added after the report: by the reporter with their receipt code, or by staff.
create table intel_report_addition (
    id           uuid primary key,
    report_id    uuid not null references intel_report (id),
    note         text not null,
    added_at     timestamptz not null,
    -- The staff member's user name; null when the reporter added it with their receipt code.
    added_by     text,
    by_reporter  boolean not null,
    constraint intel_report_addition_who check (by_reporter = (added_by is null))
);

create index intel_report_addition_report on intel_report_addition (report_id, added_at);
