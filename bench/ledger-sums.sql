-- A fund's totals as the grants pages read them, before V62 (the sums of every entry) and after (each fund's last
-- entry), for every fund: run as the schema's owner on a bench database (docs/performance-log.md, "A fund's ledger
-- with its running balances").
\timing off
select count(*) as entries, count(distinct fund_id) as funds from grant_ledger_entry;
explain (analyze, buffers, timing on, summary on) select e.fund_id, sum(e.budget_pence), sum(e.committed_pence), sum(e.paid_pence) from grant_ledger_entry e where e.fund_id in (select id from grant_fund) group by e.fund_id;
explain (analyze, buffers, timing on, summary on) select f.id, e.budget_after, e.committed_after, e.paid_after, e.entry_no from unnest((select array_agg(id) from grant_fund)) f(id) cross join lateral (select budget_after, committed_after, paid_after, entry_no from grant_ledger_entry where fund_id = f.id order by entry_no desc limit 1) e;
