-- An agenda item names what it is about besides its case (a grant request today) by kind and id; the
-- link to that record's page is built when the item is shown, from the route the owning feature
-- offers. Stored links went stale whenever a page moved.
alter table panel_item add column subject_kind text;
alter table panel_item add column subject_id uuid;

-- The only links ever stored were grant requests' pages, /grants/requests/<id>.
update panel_item
   set subject_kind = 'grant-request',
       subject_id = substring(subject_link from '^/grants/requests/([0-9a-fA-F-]{36})$')::uuid
 where subject_link ~ '^/grants/requests/[0-9a-fA-F-]{36}$';

-- Refuse to drop a link this migration does not understand rather than lose it silently.
do $$
begin
    if exists (select 1 from panel_item where subject_link is not null and subject_id is null) then
        raise exception 'panel_item holds subject links other than /grants/requests/<id>: move them by hand first';
    end if;
end
$$;

alter table panel_item drop column subject_link;
alter table panel_item add constraint panel_item_subject_whole check ((subject_kind is null) = (subject_id is null));
