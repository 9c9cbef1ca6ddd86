-- The version of the reference data every request reads to decide who sees what: the area tree (with which
-- neighbourhoods each estate lies in), services with their boundaries and strands, and agencies. Each instance keeps
-- one copy of them (shared.Reading.reference) for as long as this number is unchanged, so a request reads one small
-- row instead of the tables. Any change, by the app, an import, a migration or by hand, moves it on: the triggers are
-- statement-level, in the changing transaction, so a rolled-back change leaves it as it was and every instance sees a
-- committed change at its next request.
create table reference_version (
    id      integer primary key check (id = 1),
    version bigint  not null
);
insert into reference_version (id, version) values (1, 1);

create function placeworks_reference_changed() returns trigger
    language plpgsql
as $$
begin
    update public.reference_version set version = version + 1 where id = 1;
    return null;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['area', 'estate_neighbourhood', 'service', 'service_boundary_area', 'service_strand', 'agency']
    loop
        execute format('create trigger reference_changed after insert or update or delete or truncate on %I'
                       ' for each statement execute function placeworks_reference_changed()', t);
    end loop;
end
$$;
