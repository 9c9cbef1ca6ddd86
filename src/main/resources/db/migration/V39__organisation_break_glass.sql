-- Break-glass: a member of staff opens a record outside their boundary by giving a reason, for a limited time.
-- It is an access grant like a share, of its own kind, that ends by itself (expires_at), and that the data
-- protection officer or the member of staff's manager marks reviewed, with a note.
alter table access_grant add column kind text not null default 'SHARE' check (kind in ('SHARE', 'BREAK_GLASS'));
alter table access_grant add column expires_at timestamptz;
alter table access_grant add column reviewed_at timestamptz;
alter table access_grant add column reviewed_by text;
alter table access_grant add column review_note text;
alter table access_grant add constraint access_grant_break_glass_ends check (kind <> 'BREAK_GLASS' or expires_at is not null);
alter table access_grant add constraint access_grant_review_noted check ((reviewed_at is null) = (reviewed_by is null)
    and (reviewed_at is null) = (review_note is null));
-- The flagged list, newest first, and the count of those waiting for review.
create index access_grant_break_glass on access_grant (granted_at desc) where kind = 'BREAK_GLASS';

-- The audit trail names a break-glass opening as what it is.
alter table audit_entry drop constraint audit_entry_action_check;
alter table audit_entry add constraint audit_entry_action_check
    check (action in ('VIEW', 'CREATE', 'UPDATE', 'DELETE', 'SHARE', 'EXPORT', 'BREAK_GLASS'));
