-- Case recording: a goal for each need, needs attributed to a child, Team Around the Family
-- meetings, and re-assessment with the earlier assessments kept as history.

-- What will be different for a need, and how the team and the family will know; the child it is
-- about when the case is for several children with different needs.
alter table caf_need add column goal text;
alter table caf_need add column goal_measure text;
alter table caf_need add column child_id uuid references person (id);

-- When the family is next re-assessed (12 months after the assessment, by default).
alter table caf_case add column reassessment_due_on date;

-- An assessment replaced by a re-assessment, as it stood: its findings and each need's score then.
create table caf_earlier_assessment (
    id            uuid primary key,
    case_id       uuid not null references caf_case (id) on delete cascade,
    number        int not null,
    completed_on  date not null,
    childs_voice  text,
    family_views  text,
    replaced_on   date not null,
    replaced_by   text not null,
    unique (case_id, number)
);

create table caf_earlier_assessment_element (
    assessment_id uuid not null references caf_earlier_assessment (id) on delete cascade,
    element       text not null,
    strengths     text,
    needs         text,
    primary key (assessment_id, element)
);

create table caf_earlier_assessment_score (
    assessment_id uuid not null references caf_earlier_assessment (id) on delete cascade,
    need_id       uuid not null references caf_need (id),
    score         int not null check (score between 1 and 10),
    primary key (assessment_id, need_id)
);

-- A Team Around the Family meeting: when, who came (staff and family members), what was agreed,
-- and the plan actions agreed at it.
create table caf_taf_meeting (
    id                    uuid primary key,
    case_id               uuid not null references caf_case (id) on delete cascade,
    held_on               date not null,
    agreed                text not null,
    recorded_by_staff_id  uuid not null references staff_member (id),
    recorded_by_name      text not null,
    recorded_at           timestamptz not null,
    version               bigint not null default 0
);
create index caf_taf_meeting_case on caf_taf_meeting (case_id, held_on desc);

create table caf_taf_meeting_staff (
    meeting_id uuid not null references caf_taf_meeting (id) on delete cascade,
    staff_id   uuid not null references staff_member (id),
    primary key (meeting_id, staff_id)
);

create table caf_taf_meeting_person (
    meeting_id uuid not null references caf_taf_meeting (id) on delete cascade,
    person_id  uuid not null references person (id),
    primary key (meeting_id, person_id)
);
create index caf_taf_meeting_person_person on caf_taf_meeting_person (person_id);

create table caf_taf_meeting_action (
    meeting_id uuid not null references caf_taf_meeting (id) on delete cascade,
    action_id  uuid not null references caf_action (id) on delete cascade,
    primary key (meeting_id, action_id)
);
