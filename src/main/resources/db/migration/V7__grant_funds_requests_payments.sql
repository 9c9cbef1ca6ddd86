-- Small resource grants. Money is in whole pence. A fund's committed total is kept on its row and
-- changed only while that row is locked, so that simultaneous approvals can never overspend it.
create table grant_fund (
    id                     uuid primary key,
    name                   text not null,
    year_start             int not null,
    budget_pence           bigint not null check (budget_pence > 0),
    max_award_pence        bigint not null check (max_award_pence > 0),
    max_per_family_pence   bigint not null check (max_per_family_pence > 0),
    chair_limit_pence      bigint not null check (chair_limit_pence >= 0),
    committed_pence        bigint not null default 0,
    paid_pence             bigint not null default 0,
    version                bigint not null default 0,
    unique (name, year_start),
    check (committed_pence <= budget_pence)
);

create table grant_request (
    id                   uuid primary key,
    fund_id              uuid not null references grant_fund (id),
    case_id              uuid not null references caf_case (id),
    family_id            uuid not null references family (id),
    need_id              uuid not null references caf_need (id),
    item                 text not null,
    category             text not null check (category in ('CLOTHING', 'SCHOOL_UNIFORM', 'GLASSES', 'HOUSEHOLD_GOODS',
                                                           'UTILITIES', 'TRAVEL', 'ACTIVITIES', 'OTHER')),
    amount_pence         bigint not null check (amount_pence > 0),
    supplier             text,
    cannot_pay_evidence  text not null,
    other_sources_tried  text not null,
    status               text not null check (status in ('AWAITING_DECISION', 'APPROVED', 'DECLINED', 'PAID')),
    approved_pence       bigint,
    decision_route       text check (decision_route in ('PANEL', 'CHAIR')),
    meeting_id           uuid,
    decision_reason      text,
    decided_by           text,
    decided_on           date,
    agenda_item_id       uuid,
    requested_by         text not null,
    requested_at         timestamptz not null,
    version              bigint not null default 0
);
create index grant_request_fund on grant_request (fund_id, status);
create index grant_request_family on grant_request (family_id);
create index grant_request_case on grant_request (case_id);

create table grant_payment (
    id                   uuid primary key,
    request_id           uuid not null unique references grant_request (id),
    method               text not null check (method in ('PURCHASE_CARD', 'VOUCHER', 'DIRECT_TO_SUPPLIER')),
    reference            text not null,
    paid_on              date not null,
    amount_pence         bigint not null check (amount_pence > 0),
    receipt              bytea not null,
    receipt_type         text not null check (receipt_type in ('application/pdf', 'image/jpeg', 'image/png')),
    receipt_name         text not null,
    recorded_by          text not null,
    recorded_at          timestamptz not null
);
