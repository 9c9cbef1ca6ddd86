-- An assessment of one child of a case, alongside the family's: that child's findings per CAF
-- element, their voice and the date. Redoing it keeps the earlier one, marked replaced. The scores
-- of the child's needs stay on the family assessment's needs (caf_need.child_id); none are copied here.
create table caf_child_assessment (
    id            uuid primary key,
    case_id       uuid not null references caf_case (id) on delete cascade,
    child_id      uuid not null,
    number        int not null,
    completed_on  date not null,
    childs_voice  text,
    recorded_by   text not null,
    recorded_at   timestamptz not null,
    replaced_on   date,
    replaced_by   text
);

-- No unique number per child: merging a duplicate child brings two histories together.
create index caf_child_assessment_case on caf_child_assessment (case_id, child_id);

create table caf_child_assessment_element (
    assessment_id uuid not null references caf_child_assessment (id) on delete cascade,
    element       text not null,
    strengths     text,
    needs         text,
    primary key (assessment_id, element)
);
