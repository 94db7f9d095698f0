-- Statistics module: the read side. Views over the records of other modules, owned by statistics, which
-- never writes other modules' tables. Counting rules: DESIGN.md §4 (dated events, never current status).

-- How forms of exploitation are grouped in published statistics (kz.qorgau.shared.ExploitationForm.group();
-- StatisticsViewsTests checks that this table and the enum agree).
create table statistics_form_group (
    form       varchar(40) primary key,
    form_group varchar(30) not null check (form_group in ('SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'OTHER_FORMS'))
);
insert into statistics_form_group (form, form_group) values
    ('SEXUAL_EXPLOITATION', 'SEXUAL_EXPLOITATION'),
    ('FORCED_LABOUR', 'FORCED_LABOUR'),
    ('CHILD_LABOUR', 'FORCED_LABOUR'),
    ('SERVITUDE', 'FORCED_LABOUR'),
    ('FORCED_BEGGING', 'OTHER_FORMS'),
    ('FORCED_CRIMINALITY', 'OTHER_FORMS'),
    ('FORCED_MARRIAGE', 'OTHER_FORMS'),
    ('ORGAN_REMOVAL', 'OTHER_FORMS'),
    ('FORCED_ADOPTION', 'OTHER_FORMS'),
    ('SURROGACY', 'OTHER_FORMS'),
    ('FORCED_MILITARY_BY_NON_STATE_ACTORS', 'OTHER_FORMS'),
    ('OTHER', 'OTHER_FORMS');

-- The effective timeline: each original entry as last corrected; withdrawn entries and the correction
-- markers themselves left out (kz.qorgau.cases.Timeline applies the same rule).
create view statistics_case_event as
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
left join lateral (
    select * from cases_event x
    where x.case_id = e.case_id and x.corrects_seq = e.seq
    order by x.seq desc
    limit 1
) c on true
where e.corrects_seq is null
  and (c.type is null or c.type <> 'RETRACTION');

-- A case with its form groups (a case with several forms counts once per group; none = unspecified).
create view statistics_case as
select c.id,
       c.region_code,
       c.registered_on,
       exists (select 1 from cases_case_form f join statistics_form_group g on g.form = f.form
               where f.case_id = c.id and g.form_group = 'SEXUAL_EXPLOITATION') as sexual_exploitation,
       exists (select 1 from cases_case_form f join statistics_form_group g on g.form = f.form
               where f.case_id = c.id and g.form_group = 'FORCED_LABOUR')       as forced_labour,
       exists (select 1 from cases_case_form f join statistics_form_group g on g.form = f.form
               where f.case_id = c.id and g.form_group = 'OTHER_FORMS')         as other_forms,
       not exists (select 1 from cases_case_form f where f.case_id = c.id)      as unspecified
from cases_case c;
