-- Synthetic criminal cases for the benchmark (bench/README.md, docs/benchmarks.md): ${cases} cases with
-- their charges, forms, defendants, victim links and timelines, set-based, into a dedicated database
-- that Qorgau has migrated and seeded with the demo data. Run by kz.qorgau.bench.CasesBenchmark, one
-- statement at a time (statements end with a semicolon at the end of a line), once per database: the
-- benchmark generates into a new data directory only, and deletes one it would have to generate again.
-- The demo's own cases stay (demo mode enters them again at every start when they are missing) and the
-- generated ones follow them. Everything here is invented; every draw is a hash of the case number and a
-- salt, so the same count gives the same data.
--
-- The rows obey the rules of the case aggregate (kz.qorgau.cases.Timeline): registered first, then
-- suspended/resumed, terminated/reopened or sent to court (only with a defendant), one verdict per
-- defendant, an appeal only after a verdict; dates never before registration, never going backwards,
-- never in the future; status, court and registration date on the case row as the timeline derives them.

set synchronous_commit = off;

-- a uniform draw in [0, 1) from (number, salt)
create function pg_temp.u(x bigint, salt integer) returns double precision language sql immutable parallel safe
    as 'select (hashint8extended(x, salt) & 9007199254740991)::double precision / 9007199254740992';

-- The generated rows reference cases and organisations that this script has just written, so their foreign
-- keys are not checked row by row (one index lookup per row, more than half the time of each insert: 11.9 of
-- 21.1 s for the charges at a million cases, EXPLAIN ANALYZE) but once, set-based, at the end, before the data
-- are used. session_replication_role = replica (the benchmark connects as the superuser) skips the
-- foreign-key triggers of this session only; there are no other triggers on these tables.
set session_replication_role = replica;

-- Regions: share of the cases (per cent; the three cities and Almaty region largest), police units and
-- courts. Abai, Zhetysu and Ulytau exist from 2022-06-08 only.
create temp table bench_region as
select r.iso_code as region_code, r.name_ru, r.name_kk, r.name_en, r.valid_from, w.weight, w.units, w.courts
from organisations_region r
join (values ('KZ-75', 20.0, 8, 3), ('KZ-71', 14.0, 6, 3), ('KZ-79', 10.0, 5, 2), ('KZ-19', 9.0, 6, 2),
             ('KZ-35', 5.0, 5, 2), ('KZ-61', 5.0, 5, 2), ('KZ-63', 4.0, 4, 2), ('KZ-31', 3.5, 4, 2),
             ('KZ-15', 3.5, 4, 2), ('KZ-47', 3.0, 3, 2), ('KZ-23', 3.0, 3, 2), ('KZ-55', 3.0, 3, 2),
             ('KZ-11', 3.0, 4, 2), ('KZ-39', 2.5, 4, 2), ('KZ-27', 2.5, 3, 2), ('KZ-43', 2.5, 3, 2),
             ('KZ-59', 2.0, 3, 2), ('KZ-10', 1.5, 3, 1), ('KZ-33', 1.5, 3, 1), ('KZ-62', 1.5, 2, 1))
    as w(code, weight, units, courts) on w.code = r.iso_code
where r.valid_to is null;

insert into organisations_organisation (name_ru, name_kk, name_en, type, region_code, active, created_at, updated_at)
select format('Управление полиции № %s, %s (синтетическое)', k, b.name_ru),
       format('№ %s полиция басқармасы, %s (синтетикалық)', k, b.name_kk),
       format('Police department No. %s, %s (synthetic)', k, b.name_en),
       'POLICE_UNIT', b.region_code, true, now(), now()
from bench_region b, generate_series(1, b.units) k
on conflict do nothing;

insert into organisations_organisation (name_ru, name_kk, name_en, type, region_code, active, created_at, updated_at)
select format('Суд № %s по уголовным делам, %s (синтетический)', k, b.name_ru),
       format('№ %s қылмыстық істер жөніндегі сот, %s (синтетикалық)', k, b.name_kk),
       format('Criminal court No. %s, %s (synthetic)', k, b.name_en),
       'COURT', b.region_code, true, now(), now()
from bench_region b, generate_series(1, b.courts) k
on conflict do nothing;

-- cumulative shares, and the region's units and courts (the demo unit and court of Almaty among them)
create temp table bench_region_pick as
select b.region_code, b.valid_from,
       (sum(b.weight) over (order by b.region_code) - b.weight) / sum(b.weight) over () as lo,
       sum(b.weight) over (order by b.region_code) / sum(b.weight) over () as hi,
       (select array_agg(o.id order by o.id) from organisations_organisation o
         where o.type = 'POLICE_UNIT' and o.region_code = b.region_code and o.active) as units,
       (select array_agg(o.id order by o.id) from organisations_organisation o
         where o.type = 'COURT' and o.region_code = b.region_code and o.active) as courts
from bench_region b;

-- One row per case: where, when, how far it got. Case ids follow the registration date, as they do
-- when cases are entered as they are registered, after the demo's cases.
create temp table bench_placed as
select d.i, p.region_code, p.units, p.courts,
       l.first_day + floor(pg_temp.u(d.i, 2) * (current_date - l.first_day + 1))::integer as registered_on
from generate_series(1, ${cases}) d(i)
join bench_region_pick p on pg_temp.u(d.i, 1) >= p.lo and pg_temp.u(d.i, 1) < p.hi
cross join lateral (select greatest(current_date - 3652, coalesce(p.valid_from, date '1900-01-01')) as first_day) l;

create temp table bench_plan as
with numbered as (
    select row_number() over (order by registered_on, i) + (select coalesce(max(id), 0) from cases_case) as id,
           region_code, units, courts, registered_on
    from bench_placed
), aged as (
    select n.*, current_date - n.registered_on as span, pg_temp.u(n.id, 3) as r_status,
           case when current_date - n.registered_on < 365 then 0
                when current_date - n.registered_on < 3 * 365 then 1 else 2 end as age
    from numbered n
), statused as (
    select a.*,
           case a.age
               when 0 then case when r_status < .50 then 'INVESTIGATION' when r_status < .70 then 'SUSPENDED'
                                when r_status < .80 then 'TERMINATED' when r_status < .95 then 'IN_COURT' else 'DECIDED' end
               when 1 then case when r_status < .15 then 'INVESTIGATION' when r_status < .40 then 'SUSPENDED'
                                when r_status < .65 then 'TERMINATED' when r_status < .75 then 'IN_COURT' else 'DECIDED' end
               else case when r_status < .03 then 'INVESTIGATION' when r_status < .23 then 'SUSPENDED'
                         when r_status < .58 then 'TERMINATED' when r_status < .60 then 'IN_COURT' else 'DECIDED' end
           end as status
    from aged a
), sized as (
    select s.*,
           case when status in ('IN_COURT', 'DECIDED')
                then case when pg_temp.u(id, 4) < .65 then 1 when pg_temp.u(id, 4) < .87 then 2
                          when pg_temp.u(id, 4) < .96 then 3 else 4 end
                else case when pg_temp.u(id, 4) < .15 then 0 when pg_temp.u(id, 4) < .75 then 1
                          when pg_temp.u(id, 4) < .93 then 2 when pg_temp.u(id, 4) < .98 then 3 else 4 end
           end as defendants,
           -- 0 = 128, 1 = 308, 3 = 134, 4 = 135 (index into the article cycle below)
           case when pg_temp.u(id, 5) < .60 then 0 when pg_temp.u(id, 5) < .90 then 1
                when pg_temp.u(id, 5) < .95 then 3 else 4 end as article_base,
           case when pg_temp.u(id, 6) < .55 then 1 when pg_temp.u(id, 6) < .85 then 2
                when pg_temp.u(id, 6) < .95 then 3 else 4 end as charges,
           case when pg_temp.u(id, 7) < .75 then 1 else 3 end as prefix
    from statused s
)
select z.id, z.region_code, z.registered_on, z.span, z.status, z.defendants, z.article_base, z.charges,
       z.units[1 + floor(pg_temp.u(z.id, 8) * cardinality(z.units))::integer] as unit_id,
       case when z.status in ('IN_COURT', 'DECIDED')
            then z.courts[1 + floor(pg_temp.u(z.id, 9) * cardinality(z.courts))::integer] end as court_id,
       0.2 + 0.8 * pg_temp.u(z.id, 10) as spread,
       case z.status
           when 'INVESTIGATION' then case when pg_temp.u(z.id, 11) < .5 then '{REGISTERED,SUSPENDED,RESUMED}'::text[]
                                          when pg_temp.u(z.id, 11) < .8 then '{REGISTERED,TERMINATED,REOPENED}'::text[]
                                          else '{REGISTERED,SUSPENDED,RESUMED,SUSPENDED,RESUMED}'::text[] end
           when 'SUSPENDED' then case when pg_temp.u(z.id, 11) < .7 then '{REGISTERED,SUSPENDED}'::text[]
                                      else '{REGISTERED,SUSPENDED,RESUMED,SUSPENDED}'::text[] end
           when 'TERMINATED' then case when pg_temp.u(z.id, 11) < .6 then '{REGISTERED,TERMINATED}'::text[]
                                       when pg_temp.u(z.id, 11) < .85 then '{REGISTERED,SUSPENDED,TERMINATED}'::text[]
                                       else '{REGISTERED,TERMINATED,REOPENED,TERMINATED}'::text[] end
           else (case when z.prefix = 1 then '{REGISTERED}'::text[] else '{REGISTERED,SUSPENDED,RESUMED}'::text[] end)
                || '{SENT_TO_COURT}'::text[]
                || array_fill('VERDICT'::text, array[case when z.status = 'DECIDED' then z.defendants
                                                          else floor(pg_temp.u(z.id, 12) * z.defendants)::integer end])
                || case when z.status = 'DECIDED' and pg_temp.u(z.id, 13) < .3 and z.prefix + 1 + z.defendants <= 7
                        then '{APPEAL}'::text[] else '{}'::text[] end
       end as path
from sized z;

insert into cases_case (id, erdr_number, registered_on, region_code, unit_id, court_id, status,
                        forced_labour_remote_area, foreign_victims, transnational, official_complicity,
                        online_recruitment, narrative, created_by, created_at, updated_at, version)
overriding system value
select p.id,
       to_char(p.registered_on, 'YY') || substr(p.region_code, 4, 2) || lpad(p.id::text, 11, '0'),
       p.registered_on, p.region_code, p.unit_id, p.court_id, p.status,
       pg_temp.u(p.id, 20) < .03, pg_temp.u(p.id, 21) < .15, pg_temp.u(p.id, 22) < .20, pg_temp.u(p.id, 23) < .02,
       pg_temp.u(p.id, 24) < .30, null, 'police.' || lower(replace(p.region_code, '-', '')),
       (p.registered_on + time '10:00') at time zone 'Asia/Almaty',
       (p.registered_on + floor(p.span * p.spread)::integer + time '10:00') at time zone 'Asia/Almaty', 0
from bench_plan p
order by p.id;

select setval(pg_get_serial_sequence('cases_case', 'id'), (select max(id) from cases_case));

-- 1-4 charges, mostly art. 128 and 308, each article once per case
insert into cases_charge (case_id, article_code, part)
select p.id, a.code, case when a.code = 'other' then null else 1 + floor(pg_temp.u(p.id * 8 + k, 30) * 3)::integer end
from bench_plan p
cross join lateral generate_series(0, p.charges - 1) k
cross join lateral (select ('{128,308,other,134,135}'::text[])[(p.article_base + k) % 5 + 1] as code) a;

-- forms of exploitation: none for one case in ten, a second form for about one in eight
create temp table bench_form as
select p.id,
       case when pg_temp.u(p.id, 40) < .10 then null
            when p.article_base in (1, 3) then 'SEXUAL_EXPLOITATION'
            when p.article_base = 4 then ('{SEXUAL_EXPLOITATION,SEXUAL_EXPLOITATION,SEXUAL_EXPLOITATION,SEXUAL_EXPLOITATION,SEXUAL_EXPLOITATION,FORCED_LABOUR,FORCED_LABOUR,CHILD_LABOUR,CHILD_LABOUR,FORCED_BEGGING}'::text[])[1 + floor(pg_temp.u(p.id, 41) * 10)::integer]
            else ('{SEXUAL_EXPLOITATION,SEXUAL_EXPLOITATION,SEXUAL_EXPLOITATION,SEXUAL_EXPLOITATION,SEXUAL_EXPLOITATION,SEXUAL_EXPLOITATION,SEXUAL_EXPLOITATION,SEXUAL_EXPLOITATION,FORCED_LABOUR,FORCED_LABOUR,FORCED_LABOUR,FORCED_LABOUR,FORCED_LABOUR,FORCED_LABOUR,FORCED_LABOUR,SERVITUDE,CHILD_LABOUR,FORCED_BEGGING,FORCED_CRIMINALITY,FORCED_MARRIAGE,ORGAN_REMOVAL,OTHER}'::text[])[1 + floor(pg_temp.u(p.id, 41) * 22)::integer]
       end as first,
       pg_temp.u(p.id, 42) < .12 as second
from bench_plan p;

insert into cases_case_form (case_id, form)
select id, first from bench_form where first is not null
union all
select id, case when first = 'FORCED_LABOUR' then 'SERVITUDE' else 'FORCED_LABOUR' end
from bench_form where first is not null and second;

-- defendants (about 1.3 a case), numbered from 0
insert into cases_defendant (case_id, defendant_no, person_id, role, public_official, arrested_on, arrest_region,
                             arrest_country, added_on)
select p.id, d, 1000000 + p.id * 4 + d,
       ('{RECRUITER_OR_INTERMEDIARY,RECRUITER_OR_INTERMEDIARY,RECRUITER_OR_INTERMEDIARY,EXPLOITER,EXPLOITER,ORGANISER,TRANSPORTER,HARBOURER,ABUSER,SELLER,BUYER,OTHER}'::text[])[1 + floor(pg_temp.u(p.id * 8 + d, 50) * 12)::integer],
       pg_temp.u(p.id * 8 + d, 51) < .02,
       a.arrested_on, case when a.arrested_on is not null then p.region_code end, null, p.registered_on
from bench_plan p
cross join lateral generate_series(0, p.defendants - 1) d
cross join lateral (select case when pg_temp.u(p.id * 8 + d, 52) < (case when p.status in ('IN_COURT', 'DECIDED') then .8 else .4 end)
                                then p.registered_on + floor(pg_temp.u(p.id * 8 + d, 53) * least(p.span, 30))::integer end
                           as arrested_on) a;

-- victims linked to the case (the victim records themselves belong to the victims module)
insert into cases_victim_link (case_id, victim_id, role, linked_on)
select p.id, 10000000 + p.id * 8 + v, null, p.registered_on
from bench_plan p
cross join lateral generate_series(0, case when pg_temp.u(p.id, 60) < .60 then 0 when pg_temp.u(p.id, 60) < .85 then 1
                                             when pg_temp.u(p.id, 60) < .95 then 2 else 3 end) v;

-- the timeline: the plan's path, dated in order between registration and today
insert into cases_event (case_id, seq, type, occurred_on, recorded_at, recorded_by, organisation_id, corrects_seq,
                         reason, court_id, defendant_no, outcome, appeal_outcome, conviction_article, conviction_part,
                         imprisonment_months, suspended_months, probation_months, restriction_months, fine_kzt,
                         juvenile, confiscation, charges, forms, flags)
select p.id, e.ord - 1, e.type, t.occurred_on, (t.occurred_on + time '11:00') at time zone 'Asia/Almaty',
       case when e.type in ('VERDICT', 'APPEAL') then 'court.' when e.type in ('SENT_TO_COURT', 'REOPENED') then 'prosecutor.'
            else 'police.' end || lower(replace(p.region_code, '-', '')),
       case when e.type in ('VERDICT', 'APPEAL') then p.court_id when e.type in ('SENT_TO_COURT', 'REOPENED') then null
            else p.unit_id end,
       null,
       case e.type
           when 'SUSPENDED' then case when p.defendants = 0 then 'SUSPECT_NOT_IDENTIFIED'
                                      else ('{SUSPECT_ABSCONDED,SUSPECT_ABSCONDED,SUSPECT_ABROAD,SUSPECT_ABROAD,SUSPECT_SERIOUSLY_ILL,AWAITING_LEGAL_ASSISTANCE,OTHER}'::text[])[1 + floor(pg_temp.u(p.id * 16 + e.ord, 70) * 7)::integer] end
           when 'TERMINATED' then ('{NO_CORPUS_DELICTI,NO_CORPUS_DELICTI,NO_CORPUS_DELICTI,NO_CORPUS_DELICTI,NO_CORPUS_DELICTI,NO_CORPUS_DELICTI,NO_CORPUS_DELICTI,INSUFFICIENT_EVIDENCE,INSUFFICIENT_EVIDENCE,INSUFFICIENT_EVIDENCE,INSUFFICIENT_EVIDENCE,INSUFFICIENT_EVIDENCE,NO_CRIME_EVENT,NO_CRIME_EVENT,NO_CRIME_EVENT,RECONCILIATION,TRANSFERRED_TO_ANOTHER_CASE,STATUTE_OF_LIMITATIONS,SUSPECT_DECEASED,OTHER}'::text[])[1 + floor(pg_temp.u(p.id * 16 + e.ord, 71) * 20)::integer]
       end,
       case when e.type = 'SENT_TO_COURT' then p.court_id end,
       v.defendant_no,
       case when e.type = 'VERDICT' then v.outcome end,
       case when e.type = 'APPEAL' then
           case when v.outcome = 'CONVICTED' then ('{UPHELD,UPHELD,UPHELD,UPHELD,UPHELD,UPHELD,SENTENCE_CHANGED,SENTENCE_CHANGED,CONVICTION_QUASHED,RETRIAL_ORDERED}'::text[])[1 + floor(pg_temp.u(p.id, 80) * 10)::integer]
                else ('{UPHELD,UPHELD,UPHELD,RETRIAL_ORDERED}'::text[])[1 + floor(pg_temp.u(p.id, 80) * 4)::integer] end
       end,
       case when e.type = 'VERDICT' and v.outcome = 'CONVICTED' then ('{128,308,other,134,135}'::text[])[p.article_base + 1] end,
       case when e.type = 'VERDICT' and v.outcome = 'CONVICTED' then 1 + floor(pg_temp.u(p.id * 8, 30) * 3)::integer end,
       s.imprisonment_months, s.suspended_months, s.suspended_months, null, null,
       case when s.sentenced then false end,
       case when s.sentenced then pg_temp.u(p.id * 8 + v.defendant_no, 92) < .3 end,
       -- the registration entry carries the qualification the case was registered with (cases/V9), as written
       -- above: "article" or "article(part)", form and flag names sorted
       case when e.type = 'REGISTERED' then
           array(select ch.article_code || coalesce('(' || ch.part || ')', '') from cases_charge ch
                 where ch.case_id = p.id order by ch.article_code, ch.part)::varchar(20)[] end,
       case when e.type = 'REGISTERED' then
           array(select f.form from cases_case_form f where f.case_id = p.id order by f.form)::varchar(40)[] end,
       case when e.type = 'REGISTERED' then
           array(select flag from cases_case c,
                 lateral (values ('FORCED_LABOUR_REMOTE_AREA', c.forced_labour_remote_area),
                                 ('FOREIGN_VICTIMS', c.foreign_victims), ('TRANSNATIONAL', c.transnational),
                                 ('OFFICIAL_COMPLICITY', c.official_complicity),
                                 ('ONLINE_RECRUITMENT', c.online_recruitment)) as q (flag, is_set)
                 where c.id = p.id and q.is_set order by flag)::varchar(40)[] end
from bench_plan p
cross join lateral unnest(p.path) with ordinality as e(type, ord)
cross join lateral (select p.registered_on + floor(p.span * p.spread * (e.ord - 1) / (cardinality(p.path) - 1))::integer
                           as occurred_on) t
cross join lateral (select n as defendant_no,
                           case when pg_temp.u(p.id * 8 + n, 90) < .85 then 'CONVICTED'
                                when pg_temp.u(p.id * 8 + n, 90) < .95 then 'ACQUITTED' else 'DISMISSED' end as outcome
                    from (select case when e.type = 'VERDICT' then (e.ord - array_position(p.path, 'VERDICT'))::integer
                                      when e.type = 'APPEAL' then 0 end as n) x) v
cross join lateral (select sentenced,
                           case when sentenced and pg_temp.u(p.id * 8 + v.defendant_no, 91) < .8
                                then 36 + floor(pg_temp.u(p.id * 8 + v.defendant_no, 93) * 120)::integer end as imprisonment_months,
                           case when sentenced and pg_temp.u(p.id * 8 + v.defendant_no, 91) >= .8
                                then 12 + floor(pg_temp.u(p.id * 8 + v.defendant_no, 93) * 36)::integer end as suspended_months
                    from (select (e.type = 'VERDICT' and v.outcome = 'CONVICTED')
                                 or (e.type = 'APPEAL' and v.outcome = 'CONVICTED'
                                     and 1 + floor(pg_temp.u(p.id, 80) * 10)::integer in (7, 8)) as sentenced) y) s;

set session_replication_role = origin;

-- the foreign keys skipped above, checked at once: a generated row that references nothing stops the run
do $$ begin
    if (select count(*) from cases_case c where not exists (select from organisations_organisation o where o.id = c.unit_id))
       + (select count(*) from cases_case c
          where c.court_id is not null and not exists (select from organisations_organisation o where o.id = c.court_id))
       + (select count(*) from cases_charge x where not exists (select from cases_case c where c.id = x.case_id))
       + (select count(*) from cases_case_form x where not exists (select from cases_case c where c.id = x.case_id))
       + (select count(*) from cases_defendant x where not exists (select from cases_case c where c.id = x.case_id))
       + (select count(*) from cases_victim_link x where not exists (select from cases_case c where c.id = x.case_id))
       + (select count(*) from cases_event x where not exists (select from cases_case c where c.id = x.case_id)) > 0
    then raise exception 'generated rows reference a missing case or organisation'; end if; end $$;

drop table bench_plan, bench_placed, bench_form, bench_region, bench_region_pick;
