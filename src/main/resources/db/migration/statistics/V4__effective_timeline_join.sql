-- Statistics module: the effective timeline without a lookup per entry. statistics_case_event (V1) found each
-- entry's latest correction with a lateral subquery, evaluated for every entry of every case whenever a
-- statistic filtered on the effective type or date (which no index can serve): at ×100 of the demo volume
-- (63,000 entries) 110 ms a scan, and with the planner's estimate of one matching row, the conviction figures
-- joined defendants by a nested loop over the whole defendant table (7 and 10 s for a year). The same rule
-- (each original entry as last corrected; withdrawn entries and the correction markers themselves left out;
-- kz.qorgau.cases.Timeline applies it too) is now one join with the latest correction of each corrected
-- entry, which PostgreSQL hashes: 10 ms a scan, whatever the row estimates. docs/benchmarks.md, "Statistics at
-- ×1, ×10, ×100".

-- The latest correction of an entry is found through the cases module's index of corrections
-- (cases_event_corrections, cases V6__event_corrections_index).

create or replace view statistics_case_event as
select e.case_id,
       e.seq,
       coalesce(c.type, e.type)                               as type,
       coalesce(c.occurred_on, e.occurred_on)                 as occurred_on,
       case when c.seq is null then e.reason else c.reason end as reason,
       case when c.seq is null then e.defendant_no else c.defendant_no end as defendant_no,
       case when c.seq is null then e.outcome else c.outcome end as outcome,
       case when c.seq is null then e.conviction_article else c.conviction_article end as conviction_article,
       case when c.seq is null then e.imprisonment_months else c.imprisonment_months end as imprisonment_months,
       case when c.seq is null then e.suspended_months else c.suspended_months end as suspended_months,
       case when c.seq is null then e.restriction_months else c.restriction_months end as restriction_months,
       case when c.seq is null then e.fine_kzt else c.fine_kzt end as fine_kzt,
       case when c.seq is null then e.juvenile else c.juvenile end as juvenile
from cases_event e
left join (
    select distinct on (x.case_id, x.corrects_seq) x.*
    from cases_event x
    where x.corrects_seq is not null
    order by x.case_id, x.corrects_seq, x.seq desc
) c on c.case_id = e.case_id and c.corrects_seq = e.seq
where e.corrects_seq is null
  and (c.type is null or c.type <> 'RETRACTION')
;
