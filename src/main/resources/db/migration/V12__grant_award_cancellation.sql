-- An approved award can be cancelled, with a reason, before it is paid: its commitment is released
-- from the fund. The approval stays on the request (what was approved, by whom and why) beside the
-- cancellation (who cancelled it, when and why).
alter table grant_request drop constraint grant_request_status_check;
alter table grant_request add constraint grant_request_status_check
    check (status in ('AWAITING_DECISION', 'APPROVED', 'DECLINED', 'PAID', 'CANCELLED'));
alter table grant_request add column cancelled_reason text;
alter table grant_request add column cancelled_by text;
alter table grant_request add column cancelled_on date;
alter table grant_request add constraint grant_request_cancellation_check
    check ((status = 'CANCELLED') = (cancelled_reason is not null and cancelled_by is not null and cancelled_on is not null));
