-- The seqs the audit sealer passed over (docs/architecture.md, "Audit"). A run seals the committed entries in seq
-- order; a seq it passes without an entry belongs to a transaction still open then (its entry will come, committed
-- late) or rolled back (nothing will come). Each run looked for late entries by comparing the last 50,000 entries
-- with their seals (27-60 ms a run at the benchmark's large size, every 10 seconds); it now looks only past the newest
-- seal and in these ranges, and drops a range once it has left the look-back (placeworks.audit.seal-lag-entries).
--
-- Not part of the trail's evidence, so not an audit_* table: the sealer prunes it. A range lost or changed can only
-- leave a late entry unsealed, and the chain's check (AuditChain.verify) names any entry sitting unsealed among sealed
-- ones.
create table sealer_gap (
    last_seq  bigint primary key,
    first_seq bigint not null check (first_seq <= last_seq)
);

-- Before this list was kept, every seq up to the newest seal (or the removal's anchor, where no seal is left) is one the
-- sealer may have passed over: one range, which the look-back reads as it did before (entries against seals, within
-- the window) until the window has left it.
insert into sealer_gap (first_seq, last_seq)
select 1, newest
  from (select greatest((select max(entry_seq) from audit_seal), (select max(anchor_entry_seq) from audit_removal)) as newest) n
 where newest is not null;
