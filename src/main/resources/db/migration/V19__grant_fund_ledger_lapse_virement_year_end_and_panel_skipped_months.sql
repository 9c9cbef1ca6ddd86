-- Every movement of a grant fund is an entry in its ledger, with who, when and why: the opening
-- budget, a commitment when an award is approved, its release when the award is cancelled or
-- lapses, a payment, a top-up or reduction of the budget, and the year-end close. Each entry moves
-- the fund's three balances by signed amounts in pence; the sums of a fund's entries are its budget,
-- committed (which includes what is paid) and paid, and are checked against the totals kept on the
-- fund's row (which stays the row that approvals lock).
create table grant_ledger_entry (
    id               uuid primary key,
    fund_id          uuid not null references grant_fund (id),
    kind             text not null check (kind in ('OPENING_BUDGET', 'COMMITMENT', 'RELEASE', 'PAYMENT', 'TOP_UP',
                                                   'REDUCTION', 'YEAR_END_CLOSE')),
    request_id       uuid references grant_request (id),
    budget_pence     bigint not null default 0,
    committed_pence  bigint not null default 0,
    paid_pence       bigint not null default 0,
    reason           text not null,
    recorded_by      text not null,
    recorded_at      timestamptz not null
);
create index grant_ledger_entry_fund on grant_ledger_entry (fund_id, recorded_at);

-- Existing funds, awards and payments become the ledger's opening entries, dated when they happened.
insert into grant_ledger_entry (id, fund_id, kind, budget_pence, reason, recorded_by, recorded_at)
select gen_random_uuid(), f.id, 'OPENING_BUDGET', f.budget_pence, 'Budget for the year, carried into the ledger',
       'system', coalesce((select min(r.requested_at) from grant_request r where r.fund_id = f.id), now())
from grant_fund f;

insert into grant_ledger_entry (id, fund_id, kind, request_id, committed_pence, reason, recorded_by, recorded_at)
select gen_random_uuid(), r.fund_id, 'COMMITMENT', r.id, r.approved_pence, 'Award approved: ' || r.item,
       coalesce(r.decided_by, 'system'), coalesce(r.decided_on::timestamp at time zone 'Europe/London', r.requested_at)
from grant_request r where r.approved_pence is not null and r.status in ('APPROVED', 'PAID', 'CANCELLED');

insert into grant_ledger_entry (id, fund_id, kind, request_id, committed_pence, paid_pence, reason, recorded_by, recorded_at)
select gen_random_uuid(), r.fund_id, 'PAYMENT', r.id, p.amount_pence - r.approved_pence, p.amount_pence,
       'Paid, reference ' || p.reference, p.recorded_by, p.recorded_at
from grant_request r join grant_payment p on p.request_id = r.id where r.status = 'PAID';

insert into grant_ledger_entry (id, fund_id, kind, request_id, committed_pence, reason, recorded_by, recorded_at)
select gen_random_uuid(), r.fund_id, 'RELEASE', r.id, -r.approved_pence, 'Award cancelled: ' || r.cancelled_reason,
       r.cancelled_by, r.cancelled_on::timestamp at time zone 'Europe/London'
from grant_request r where r.status = 'CANCELLED';

-- An approved award left unpaid for a set number of days lapses: its commitment is released.
alter table grant_request drop constraint grant_request_status_check;
alter table grant_request add constraint grant_request_status_check
    check (status in ('AWAITING_DECISION', 'APPROVED', 'DECLINED', 'PAID', 'CANCELLED', 'LAPSED'));
alter table grant_request add column lapsed_on date;
alter table grant_request add constraint grant_request_lapse_check check ((status = 'LAPSED') = (lapsed_on is not null));
create index grant_request_unpaid on grant_request (decided_on) where status = 'APPROVED';

-- The daily lapse job runs once across instances: the instance that claims the day's row does the work.
create table grant_job_run (
    job         text not null,
    run_on      date not null,
    claimed_at  timestamptz not null,
    primary key (job, run_on)
);

-- A fund closed at year end takes no new requests nor approvals.
alter table grant_fund add column closed_on date;
alter table grant_fund add column closed_by text;
alter table grant_fund add constraint grant_fund_closed_check check ((closed_on is null) = (closed_by is null));

-- A panel may not meet in some months of the year (say August): month numbers, 1 to 12, comma-separated.
alter table panel add column skipped_months text not null default '';
