-- Retention and disposal (UK GDPR Art. 5(1)(e)): the daily review's claim (one instance reviews each day), the list
-- it leaves for the data protection officer, and the certificates that are all a disposal leaves behind.

create table retention_review_run (
    run_on  date primary key,
    ran_at  timestamptz not null,
    found   int not null default 0
);

-- Records past their rule at the last review. It holds the record's id so the officer can dispose of it; the row
-- goes with the record.
create table retention_due (
    record_type   text not null check (record_type in ('EARLY_HELP', 'INTELLIGENCE', 'SUBJECT_ACCESS')),
    record_id     uuid not null,
    reference     text not null,
    last_activity date not null,
    due_on        date not null,
    found_on      date not null,
    primary key (record_type, record_id)
);

create index retention_due_order on retention_due (due_on, record_type);

create sequence retention_certificate_number;

-- What a disposal leaves: no id, name or date of birth of anyone, only a reference that identifies nobody outside the
-- council's own records (case references, which are no longer held anywhere else), the dates and the rule.
create table retention_certificate (
    id             uuid primary key,
    number         text not null unique,
    record_type    text not null check (record_type in ('EARLY_HELP', 'INTELLIGENCE', 'SUBJECT_ACCESS')),
    reference      text not null,
    last_activity  date not null,
    due_on         date not null,
    rule           text not null,
    rows_removed   int not null check (rows_removed >= 0),
    files_removed  int not null check (files_removed >= 0),
    reason         text not null,
    approved_by    text not null,
    disposed_at    timestamptz not null
);

create index retention_certificate_disposed on retention_certificate (disposed_at desc);
