-- The dates insight counts early help cases by, indexed so that the outcome and timeliness tables and the
-- summary rebuild of a month read the cases of that period only, never every case there has been.
create index caf_case_referred_on on caf_case (referred_on);
create index caf_case_closed_on on caf_case (closed_on);
create index caf_case_assessment_completed_on on caf_case (assessment_completed_on) where assessment_completed_on is not null;
create index caf_review_held_on on caf_review (held_on, case_id);
create index grant_request_decided_on on grant_request (decided_on, case_id) where decided_on is not null;
