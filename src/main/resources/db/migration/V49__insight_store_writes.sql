-- The summary store is derived: every row is rebuilt from the features' own tables, whose keys already hold. Its
-- foreign keys only checked, row by row, what those tables had checked: at 200,000 cases they took 15 of the 21
-- seconds the open-cases statement spent writing its 670,000 rows (docs/performance.md). A row naming an area,
-- service or worker that is later removed is replaced by the next rebuild.
alter table insight_figure drop constraint insight_figure_neighbourhood_id_fkey;
alter table insight_figure drop constraint insight_figure_service_id_fkey;
alter table insight_figure drop constraint insight_figure_worker_id_fkey;
alter table insight_area_figure drop constraint insight_area_figure_neighbourhood_id_fkey;

-- The current month's run (every few minutes) deletes that month's rows before writing them again; the store's
-- indexes lead with the measure or the neighbourhood, so each delete read the whole table (1.4 s at 200,000 cases).
create index insight_figure_month on insight_figure (month);
