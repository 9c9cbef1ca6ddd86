-- Triage of a confidential report: its 3x5x2 grading and the sanitised summary, the one text about
-- it that may leave the intelligence team. One triage per report, edited in place (versioned).
create table intel_triage (
    id                      uuid primary key,
    report_id               uuid not null unique references intel_report (id),
    source_evaluation       text not null check (source_evaluation in ('RELIABLE', 'UNTESTED', 'NOT_RELIABLE')),
    information_assessment  text not null check (information_assessment in ('A', 'B', 'C', 'D', 'E')),
    handling_code           text not null check (handling_code in ('P', 'C')),
    handling_conditions     text,
    sanitised_summary       text not null,
    triaged_by              text not null,
    triaged_at              timestamptz not null,
    version                 bigint not null default 0,
    check ((handling_code = 'C') = (handling_conditions is not null))
);

-- What was passed on, and to whom: a snapshot of the summary, grading, category, date and street-level
-- place as sent, so the receiving service's pages never read the report itself. A report outside our
-- area may instead be passed to the council that covers it (no service of ours, its name in words).
create table intel_dissemination (
    id                      uuid primary key,
    report_id               uuid not null references intel_report (id),
    service_id              uuid references service (id),
    strand                  text,
    other_council           text,
    summary                 text not null,
    source_evaluation       text not null,
    information_assessment  text not null,
    handling_code           text not null,
    handling_conditions     text,
    category                text not null,
    occurred_on             date not null,
    place                   text not null,
    sent_by                 text not null,
    sent_at                 timestamptz not null,
    acknowledged_by         text,
    acknowledged_at         timestamptz,
    version                 bigint not null default 0,
    check ((service_id is null) <> (other_council is null)),
    check ((service_id is null) = (strand is null))
);

create index intel_dissemination_service on intel_dissemination (service_id, sent_at desc);
create index intel_dissemination_report on intel_dissemination (report_id);

-- Each time an intelligence officer was shown who made a report, and why. Never edited.
create table intel_reveal (
    id           uuid primary key,
    report_id    uuid not null references intel_report (id),
    revealed_by  text not null,
    revealed_at  timestamptz not null,
    reason       text not null
);

create index intel_reveal_report on intel_reveal (report_id, revealed_at);

-- A report linked to an estate issue: an existing one, or one raised from the report's sanitised summary.
-- The issue is estate's record, held by its id and reference.
create table intel_estate_link (
    id                uuid primary key,
    report_id         uuid not null references intel_report (id),
    estate_issue_id   uuid not null,
    issue_reference   text not null,
    raised            boolean not null,
    linked_by         text not null,
    linked_at         timestamptz not null,
    unique (report_id, estate_issue_id)
);
