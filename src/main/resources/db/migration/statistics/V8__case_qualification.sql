-- Statistics module: a case's qualification by date. The forms of exploitation of a case were read from its current
-- qualification, so that requalifying an open case moved the form breakdowns of past years ("initiated",
-- "continued", prosecutions and convictions by form), against DESIGN.md §4 (a past year's figure does not change
-- when a case moves on). The cases module now dates the qualification (cases V9__dated_qualification): the
-- registration carries the first, each requalification another, in force from its date until the next one's.
-- The breakdowns by form join the qualification in force on the date each figure counts a case
-- (kz.qorgau.statistics.ProsecutionIndicators).

-- One row per qualification of the effective timeline (each entry as last corrected, withdrawn ones left out, as
-- statistics_case_event): in force from valid_from (inclusive) to valid_to (exclusive; null while in force).
-- Two dated the same day: the later entry is in force from that day, the earlier never. With its form groups as
-- statistics_case has them (a case with several forms counts once per group; none = unspecified).
create view statistics_case_qualification as
with effective as (
    select e.case_id,
           e.seq,
           coalesce(c.occurred_on, e.occurred_on)                 as valid_from,
           case when c.seq is null then e.forms else c.forms end  as forms
    from cases_event e
    left join (
        select distinct on (x.case_id, x.corrects_seq) x.*
        from cases_event x
        where x.corrects_seq is not null
        order by x.case_id, x.corrects_seq, x.seq desc
    ) c on c.case_id = e.case_id and c.corrects_seq = e.seq
    where e.corrects_seq is null
      and e.type in ('REGISTERED', 'REQUALIFIED')
      and (c.type is null or c.type <> 'RETRACTION')
)
select q.case_id,
       q.seq,
       q.valid_from,
       lead(q.valid_from) over (partition by q.case_id order by q.valid_from, q.seq) as valid_to,
       exists (select 1 from unnest(q.forms) f (form) join statistics_form_group g on g.form = f.form
               where g.form_group = 'SEXUAL_EXPLOITATION')                               as sexual_exploitation,
       exists (select 1 from unnest(q.forms) f (form) join statistics_form_group g on g.form = f.form
               where g.form_group = 'FORCED_LABOUR')                                     as forced_labour,
       exists (select 1 from unnest(q.forms) f (form) join statistics_form_group g on g.form = f.form
               where g.form_group = 'OTHER_FORMS')                                       as other_forms,
       coalesce(cardinality(q.forms), 0) = 0                                             as unspecified
from effective q;

-- statistics_case_event (V4) again, unchanged: its subquery reads "x.*", which PostgreSQL expands into the columns
-- cases_event had when the view was made. A database made new gets the qualification columns there (the cases
-- module migrates first), one carried over from an earlier version did not; made again here, the view is the same
-- in both.
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
