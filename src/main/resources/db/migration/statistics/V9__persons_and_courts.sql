-- Statistics module: what the breakdowns of persons suspected, prosecuted and convicted, of offences by article and
-- of court outcomes need (kz.qorgau.statistics.CourtIndicators and ProsecutionIndicators). No figure counted before
-- reads the columns added here.

-- Defendants, as V6 made them, with at the end: the date they became suspects in the case (when recorded), the
-- person record (so that a person convicted in two cases counts once among the distinct persons), and the person's
-- citizenship as persons_citizenship keeps it in clear: whether a citizen of Kazakhstan, whether any citizenship is
-- recorded (none: unknown or stateless, which the person record does not tell apart), and the country counted in a
-- breakdown by country (Kazakhstan for its citizens, else the first recorded by code). The subqueries read
-- persons_citizenship only where a statement asks for these columns.
create or replace view statistics_defendant as
select d.case_id,
       d.defendant_no,
       d.public_official,
       d.arrested_on,
       d.arrest_region,
       coalesce(p.sex, 'UNKNOWN') as sex,
       p.birth_year,
       d.added_on,
       d.person_id,
       exists (select 1 from persons_citizenship z
               where z.person_id = d.person_id and z.country_code = 'KZ')       as citizen,
       exists (select 1 from persons_citizenship z where z.person_id = d.person_id) as citizenship_recorded,
       (select case when bool_or(z.country_code = 'KZ') then 'KZ' else min(z.country_code) end
        from persons_citizenship z where z.person_id = d.person_id)            as citizenship_country
from cases_defendant d
left join persons_person p on p.id = d.person_id;

-- The articles of each qualification of a case's effective timeline (as statistics_case_qualification: each entry as
-- last corrected, withdrawn ones left out, under the seq of the entry first recorded), one row per article whatever
-- its parts ("128(2)" and "128(3)" are one article 128): offences recorded are counted by the articles of the
-- qualification a case was registered with. A qualification without any charge has no row.
create view statistics_case_article as
with effective as (
    select e.case_id,
           e.seq,
           case when c.seq is null then e.charges else c.charges end as charges
    from cases_event e
    left join (
        select distinct on (x.case_id, x.corrects_seq) x.case_id, x.corrects_seq, x.seq, x.type, x.charges
        from cases_event x
        where x.corrects_seq is not null
        order by x.case_id, x.corrects_seq, x.seq desc
    ) c on c.case_id = e.case_id and c.corrects_seq = e.seq
    where e.corrects_seq is null
      and e.type in ('REGISTERED', 'REQUALIFIED')
      and (c.type is null or c.type <> 'RETRACTION')
)
select distinct q.case_id, q.seq, split_part(ch.charge, '(', 1) as article_code
from effective q
cross join lateral unnest(q.charges) ch (charge);

-- statistics_case_event (V8) with the appeal court's decision at the end, for the appeal outcomes.
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
       case when c.seq is null then e.juvenile else c.juvenile end as juvenile,
       case when c.seq is null then e.appeal_outcome else c.appeal_outcome end as appeal_outcome
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
