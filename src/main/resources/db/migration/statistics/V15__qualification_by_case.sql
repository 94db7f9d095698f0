-- Statistics module: a case's qualifications read for the cases a statement counts, not for every case. The views of
-- V8 and V9 found the latest correction of each entry with DISTINCT ON, the end of each qualification with a window
-- function and the articles with DISTINCT: none of these lets PostgreSQL join them to the cases of a year by case,
-- so each statement that broke a figure down by form or article first built the qualifications of every case, with
-- an estimate of 12 rows for thousands ("(c.type is null or ...)" after an outer join), and the articles joined by a
-- nested loop over all of them. At ×10 of the demo volume: 70-100 ms a statement, six of them in every indicator of
-- a year (0.5 s) and more on the report page (2 s). The same rows (each entry as last corrected, withdrawn ones left
-- out, in force until the next one's date, two on one day: the later) are now written so that the planner can look
-- each case up through cases_event's keys: 8 ms for the same statement. docs/benchmarks.md, "Statistics".

-- The registrations and requalifications of the effective timeline, each as last corrected (the correction with no
-- later correction of the same entry), withdrawn ones left out: the rows both views below are made of. Only an entry
-- correcting another is a retraction, so "coalesce(correction, entry) <> RETRACTION" is the rule of V8.
create view statistics_case_qualification_entry as
select e.case_id,
       e.seq,
       coalesce(c.occurred_on, e.occurred_on)                   as valid_from,
       case when c.seq is null then e.forms else c.forms end     as forms,
       case when c.seq is null then e.charges else c.charges end as charges
from cases_event e
left join cases_event c
       on c.case_id = e.case_id and c.corrects_seq = e.seq
      and not exists (select 1 from cases_event n
                      where n.case_id = c.case_id and n.corrects_seq = c.corrects_seq and n.seq > c.seq)
where e.corrects_seq is null
  and e.type in ('REGISTERED', 'REQUALIFIED')
  and coalesce(c.type, e.type) <> 'RETRACTION';

-- V8's view, the same rows: each qualification in force until the date of the next one in (date, seq) order.
create or replace view statistics_case_qualification as
select q.case_id,
       q.seq,
       q.valid_from,
       (select min(n.valid_from) from statistics_case_qualification_entry n
        where n.case_id = q.case_id
          and (n.valid_from > q.valid_from or (n.valid_from = q.valid_from and n.seq > q.seq))) as valid_to,
       exists (select 1 from unnest(q.forms) f (form) join statistics_form_group g on g.form = f.form
               where g.form_group = 'SEXUAL_EXPLOITATION')                               as sexual_exploitation,
       exists (select 1 from unnest(q.forms) f (form) join statistics_form_group g on g.form = f.form
               where g.form_group = 'FORCED_LABOUR')                                     as forced_labour,
       exists (select 1 from unnest(q.forms) f (form) join statistics_form_group g on g.form = f.form
               where g.form_group = 'OTHER_FORMS')                                       as other_forms,
       coalesce(cardinality(q.forms), 0) = 0                                             as unspecified
from statistics_case_qualification_entry q;

-- V9's view, the same rows: each article of a qualification once, whatever its parts.
create or replace view statistics_case_article as
select q.case_id, q.seq, a.article_code
from statistics_case_qualification_entry q
cross join lateral (select distinct split_part(ch.charge, '(', 1) as article_code
                    from unnest(q.charges) ch (charge)) a;
