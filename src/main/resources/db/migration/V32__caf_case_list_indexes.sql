-- Case lists page in SQL with keysets, open work first (issue 13).
--
-- The list order is the one the lists always had: overdue first, then by the date the next thing is due,
-- then by reference. Overdue cases are exactly those whose next due date is before today, so that order is
-- simply "next due date, earliest first, undated last"; closed cases go after every open one. The next due
-- date is CafCase.nextDue's date (Due.of), kept by the database in a generated column so that an index can
-- give the order; 'infinity' when nothing dated is due, so that the keyset (list_closed, list_due_on,
-- reference) is never null. CaseListOrderTest holds the column to Due.of.
alter table caf_case
    add column list_closed boolean generated always as (status = 'CLOSED') stored,
    add column list_due_on date generated always as (case status
        when 'ASSESSMENT' then coalesce(assessment_due_on, 'infinity'::date)
        when 'ACTIVE_PLAN' then coalesce(case when reassessment_due_on < next_review_due_on then reassessment_due_on
                                              else next_review_due_on end, 'infinity'::date)
        else 'infinity'::date end) stored;

-- The list's order: a page is an index range read from the keyset on.
create index caf_case_list_order on caf_case (list_closed, list_due_on, reference);

-- "My cases": the cases a worker leads, is allocated or sits on the team of, open ones first.
create index caf_case_lead_list on caf_case (lead_professional_id, list_closed, list_due_on, reference)
    where lead_professional_id is not null;
create index caf_case_allocated_list on caf_case (allocated_worker_id, list_closed, list_due_on, reference)
    where allocated_worker_id is not null;
create index caf_team_member_current on caf_team_member (staff_id, case_id) where left_on is null;
create index caf_case_awaiting_by on caf_case (created_by) where status = 'AWAITING_CONSENT';

-- family's read model for list lines of other features: family_place (where the family is, which decides whose
-- boundary holds it) with the family's name and its neighbourhood's name.
create view family_list_line as
select p.family_id, p.address_id, p.neighbourhood_id, p.estate_id, f.name as family_name, n.name as neighbourhood_name
  from family_place p join family f on f.id = p.family_id left join area n on n.id = p.neighbourhood_id;
