-- Where the family lived when a grant was asked for, kept on the request: a fund's spend by neighbourhood and the
-- finance return count each award where it was made, and do not move when the family moves later. It also spares a
-- fund's page from reading every awarded family through the wall to find where it lives: at the benchmark's large size
-- some 1,700 families and their addresses a page, 55-96 ms of PostgreSQL's time alone (docs/performance-log.md). A
-- neighbourhood names no family: the breakdowns that show it suppress counts under five.
alter table grant_request add column neighbourhood_id uuid references area (id);

-- The requests made before: the neighbourhood of the residence the family had on the day it asked, or, where no
-- residence covers that day, where it lives now.
update grant_request r
   set neighbourhood_id = coalesce(
       (select coalesce(a.neighbourhood_id, res.area_id)
          from family_residence res left join address a on a.id = res.address_id
         where res.family_id = r.family_id
           and res.from_date <= (r.requested_at at time zone 'Europe/London')::date
           and (res.to_date is null or res.to_date >= (r.requested_at at time zone 'Europe/London')::date)
         order by res.from_date desc
         limit 1),
       (select p.neighbourhood_id from family_place p where p.family_id = r.family_id));
