-- Outcomes and evidence of impact, owned by insight: the 6-month sustainment check of each early help case
-- closed with its needs met, and the Supporting Families results claims made from them. Case facts are copied
-- from caf when the check is made (read-only), so the check stands as a record of what was checked.

create table insight_sustainment_check (
    id                   uuid primary key,
    case_id              uuid not null unique references caf_case (id),
    case_reference       text not null,
    family_id            uuid not null,
    owning_service_id    uuid not null,
    lead_professional_id uuid not null,
    closed_on            date not null,
    due_on               date not null,
    recorded_by          text,
    recorded_at          timestamptz,
    version              bigint not null default 0
);
create index insight_sustainment_check_lead on insight_sustainment_check (lead_professional_id, due_on);
create index insight_sustainment_check_service on insight_sustainment_check (owning_service_id, due_on);

-- One row per need of the case, with its headline outcome: whether the outcome held 6 months on, and the evidence.
create table insight_sustainment_outcome (
    id          uuid primary key,
    check_id    uuid not null references insight_sustainment_check (id) on delete cascade,
    need_id     uuid not null,
    position    int not null,
    headline    text not null,
    need        text not null,
    held        boolean,
    evidence    text,
    unique (check_id, need_id),
    -- Held is only claimed with evidence.
    check (held is distinct from true or evidence is not null)
);

-- A Supporting Families results claim: once per case, and once per family in a claim window.
create table insight_claim (
    id           uuid primary key,
    case_id      uuid not null unique references caf_case (id),
    family_id    uuid not null,
    window_start date not null,
    claimed_by   text not null,
    claimed_at   timestamptz not null,
    unique (family_id, window_start)
);
