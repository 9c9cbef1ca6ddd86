-- The loops a case must close: the decision on a new referral (and telling the referrer), re-referrals,
-- closure codes for cases that never got going, a manager's sign-off of closure, step up and step down,
-- the wait for children's social care after a step up, and the daily reminders to workers.

alter table caf_case drop constraint caf_case_status_check;
alter table caf_case add constraint caf_case_status_check
    check (status in ('AWAITING_CONSENT', 'ASSESSMENT', 'ACTIVE_PLAN', 'AWAITING_SOCIAL_CARE', 'CLOSED'));
alter table caf_case drop constraint caf_case_closure_reason_check;
alter table caf_case add constraint caf_case_closure_reason_check
    check (closure_reason in ('NEEDS_MET', 'SINGLE_AGENCY', 'STEPPED_UP', 'CONSENT_WITHDRAWN', 'MOVED_OUT_OF_AREA',
                              'DECLINED_OR_DID_NOT_ENGAGE', 'SIGNPOSTED', 'REFERRAL_DECLINED'));

alter table caf_case
    add column referral_decision      text check (referral_decision in ('ACCEPTED', 'DECLINED', 'SIGNPOSTED')),
    add column referral_decided_on    date,
    add column referral_decision_note text,
    add column allocated_worker_id    uuid references staff_member (id),
    -- A new referral for a family whose case closed in the last 12 months is a re-referral of that case.
    add column previous_case_id       uuid references caf_case (id),
    -- Step up: the MASH reference, and the status to go back to if children's social care do not accept it.
    add column mash_reference         text,
    add column stepped_up_on          date,
    add column status_before_step_up  text,
    add column step_up_not_accepted   text;
create index caf_case_allocated on caf_case (allocated_worker_id);
create index caf_case_closed on caf_case (family_id, closed_on);

-- A manager's sign-off of a closure, step up or step down, asked for by a worker; at most one awaits per case.
create table caf_sign_off (
    id              uuid primary key,
    case_id         uuid not null references caf_case (id) on delete cascade,
    kind            text not null check (kind in ('CLOSURE', 'STEP_UP', 'STEP_DOWN')),
    state           text not null check (state in ('AWAITING', 'SIGNED_OFF', 'SENT_BACK')),
    requested_at    timestamptz not null,
    requested_by    text not null,
    closure_reason  text,
    step_on         date,
    note            text,
    mash_reference  text,
    decided_at      timestamptz,
    decided_by      text,
    oversight_note  text
);
create unique index caf_sign_off_one_awaiting on caf_sign_off (case_id) where state = 'AWAITING';
create index caf_sign_off_awaiting on caf_sign_off (state);

create table caf_sign_off_outcome (
    sign_off_id uuid not null references caf_sign_off (id) on delete cascade,
    need_id     uuid not null,
    outcome     text not null check (outcome in ('MET', 'PARTLY_MET', 'NOT_MET')),
    primary key (sign_off_id, need_id)
);

-- Whether a service wants sign-off for each kind; a service without a row wants all three.
create table caf_sign_off_policy (
    service_id uuid primary key references service (id),
    closure    boolean not null,
    step_up    boolean not null,
    step_down  boolean not null,
    version    bigint not null default 0
);

-- The referrer had no email address: the worker must phone them, a task until marked done.
create table caf_referrer_call (
    id          uuid primary key,
    case_id     uuid not null references caf_case (id) on delete cascade,
    assigned_to text not null,
    about       text not null,
    created_on  date not null,
    done_on     date,
    done_by     text
);
create index caf_referrer_call_open on caf_referrer_call (assigned_to) where done_on is null;

-- Workers who turned the daily reminder email off.
create table caf_reminder_opt_out (
    staff_id uuid primary key references staff_member (id),
    since    timestamptz not null
);

-- One row per day the reminders went out: the unique key makes the job run once across instances.
create table caf_reminder_run (
    run_on date primary key,
    ran_at timestamptz not null,
    sent   int not null default 0
);
