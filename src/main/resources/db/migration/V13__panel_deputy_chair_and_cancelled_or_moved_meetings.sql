-- A deputy chair per panel, who chaired each meeting, and meetings cancelled or moved with a reason.
alter table panel add column deputy_chair_staff_id uuid references staff_member (id);

alter table panel_meeting add column chaired_by_staff_id uuid references staff_member (id);
alter table panel_meeting add column chaired_by_deputy boolean not null default false;
alter table panel_meeting add column cancelled_reason text;
alter table panel_meeting add column cancelled_by text;
alter table panel_meeting add column cancelled_at timestamptz;
alter table panel_meeting add column moved_from date;
alter table panel_meeting add column moved_reason text;
alter table panel_meeting add column moved_by text;
