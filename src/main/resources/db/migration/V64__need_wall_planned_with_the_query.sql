-- The wall on caf_need written as SQL PostgreSQL plans with the query, as V52 wrote it for family, person and caf_case,
-- instead of one call of placeworks_sees_case a row. What it decides is unchanged: a need passes where its case does,
-- and a case where its family does (V44's rule, as V52's placeworks_wall_sees_family writes it).
--
-- Why: a fund's page counts how the needs its awards met have gone (caf.NeedResults), reading some 1,400 needs of as
-- many cases at the benchmark's large size. Each row called placeworks_sees_case, which remembers only the last case
-- that passed (V57), so every row ran the whole check: 367 ms a page under load (docs/performance-log.md). Planned,
-- PostgreSQL reads the settings once a statement and joins each need to its case's holders and family's ground. A
-- case's own page reads its needs in one statement, where the check is made once for the one case.

do $$
declare
    -- 'all' first and outside, so that system work (the nightly rebuilds, retention) looks up no case for a need.
    rule constant text := format('(select coalesce(current_setting(''placeworks.scope'', true), '''') = ''all'')'
                                 ' or exists (select 1 from public.wall_case_holder k where k.id = caf_need.case_id and %s)',
                                 placeworks_wall_sees_family('k.family_id'));
begin
    execute format($f$
        alter policy walled_read on caf_need using (%1$s);
        alter policy walled_change on caf_need using (%1$s);
        alter policy walled_remove on caf_need using (%1$s);
    $f$, rule);
end
$$;
