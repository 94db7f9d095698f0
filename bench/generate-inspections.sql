-- Synthetic labour inspections for the pipeline benchmark (docs/benchmarks.md): ${inspections} inspections from
-- 2017 to yesterday over the regions, each by a synthetic inspectorate of its region, a few per cent with
-- forced-labour indicators, most of those notified to a police unit, which registered some of them as cases (one of
-- the demo's cases), refused most and left a few unanswered. Set-based, into a dedicated database that Qorgau has
-- migrated and seeded with the demo data; run by kz.qorgau.bench.PipelineBenchmark one statement at a time
-- (statements end with a semicolon at the end of a line), once per database. Everything is invented; every draw is
-- a hash of the inspection's number and a salt, so the same count gives the same data. The rows obey the table's
-- checks (workers by sex, children and foreign workers never more than the workers; an answer as its kind needs).

set synchronous_commit = off;

-- a uniform draw in [0, 1) from (number, salt)
create function pg_temp.u(x bigint, salt integer) returns double precision language sql immutable parallel safe
    as 'select (hashint8extended(x, salt) & 9007199254740991)::double precision / 9007199254740992';

-- a reference of the inspection's number: L- and eight characters of the references' alphabet, from ZZ on, apart
-- from the application's random ones in all likelihood
create function pg_temp.reference(n bigint) returns text language sql immutable parallel safe
    as $$select 'L-ZZ' || string_agg(substr('23456789ABCDEFGHJKMNPQRSTUVWXYZ', ((n / power(31, k)::bigint) % 31)::int
        + 1, 1), '' order by k desc) from generate_series(0, 5) k$$;

-- the regions that existed throughout, each with its inspectorate
create temp table bench_region as
select r.iso_code as region_code, r.name_ru, r.name_kk, r.name_en,
       row_number() over (order by r.iso_code) - 1 as k
from organisations_region r
where r.valid_to is null and (r.valid_from is null or r.valid_from <= date '2017-01-01');

insert into organisations_organisation (name_ru, name_kk, name_en, type, region_code, active, created_at, updated_at)
select format('Инспекция труда, %s (синтетическая)', b.name_ru),
       format('Еңбек инспекциясы, %s (синтетикалық)', b.name_kk),
       format('Labour inspectorate, %s (synthetic)', b.name_en),
       'LABOUR_INSPECTORATE', b.region_code, true, now(), now()
from bench_region b
on conflict do nothing;

create temp table bench_inspectorate as
select b.k, b.region_code, o.id as organisation_id
from bench_region b
join organisations_organisation o on o.region_code = b.region_code and o.type = 'LABOUR_INSPECTORATE'
    and o.name_en like 'Labour inspectorate, % (synthetic)';

create temp table bench_days as
select (current_date - 1) - date '2017-01-01' as span;

insert into inspections_inspection (reference, organisation_id, inspectors, started_on, ended_on, employer_bin,
                                    employer_name, site, isic_section, region, district, settlement, remote, announced,
                                    trigger, moratorium, moratorium_exemption, participants, workers, workers_women,
                                    workers_men, workers_children, workers_foreign, violations, ilo_indicators,
                                    client_id, recorded_by, recorded_at)
select pg_temp.reference(g.n), i.organisation_id, 'Synthetic inspectors', g.started, g.started + g.length,
       null, 'Synthetic employer ' || g.n,
       (array['FARM', 'FARM', 'CONSTRUCTION_SITE', 'CONSTRUCTION_SITE', 'FACTORY', 'MARKET', 'DOMESTIC_HOUSEHOLD',
              'HOSPITALITY', 'OTHER'])[1 + floor(pg_temp.u(g.n, 4) * 9)::int],
       (array['A', 'F', 'C', 'G', 'I', 'T'])[1 + floor(pg_temp.u(g.n, 5) * 6)::int],
       i.region_code, null, null, pg_temp.u(g.n, 6) < 0.2, pg_temp.u(g.n, 7) < 0.65,
       (array['PLAN', 'PLAN', 'COMPLAINT', 'HOTLINE_TIP', 'POLICE_REQUEST', 'JOINT_OPERATION', 'MOBILE_TEAM',
              'OWN_INITIATIVE'])[1 + floor(pg_temp.u(g.n, 8) * 8)::int],
       false, null, '{}', g.workers, g.women, g.workers - g.women, g.children, g.foreign, '{}',
       case when g.found then '{RETENTION_OF_IDENTITY_DOCUMENTS,WITHHOLDING_OF_WAGES}'::varchar(40)[] else '{}' end,
       null, 'bench', now()
from (select n,
             date '2017-01-01' + floor(pg_temp.u(n, 1) * (select span from bench_days))::int as started,
             floor(pg_temp.u(n, 2) * 3)::int as length,
             floor(pg_temp.u(n, 3) * (select count(*) from bench_region))::int as k,
             w.workers, floor(w.workers * pg_temp.u(n, 10))::int as women,
             floor(w.workers * pg_temp.u(n, 11) * 0.1)::int as children,
             floor(w.workers * pg_temp.u(n, 12) * 0.6)::int as foreign,
             pg_temp.u(n, 9) < 0.015 as found
      from generate_series(1, ${inspections}) n,
           lateral (select 1 + floor(pg_temp.u(n, 13) * 60)::int as workers) w) g
join bench_inspectorate i on i.k = g.k
where g.started + g.length <= current_date - 1;

-- the inspections with indicators, most of them notified to a police unit two days after they ended; the police
-- registered a quarter as a case (one of the demo's), refused most, and have not answered a few
create temp table bench_case as
select row_number() over (order by id) - 1 as k, id from cases_case;

insert into inspections_notification (inspection_id, police_unit_id, notified_by, notified_at, due_at, answer,
                                      case_id, refusal_reason, answered_by, answered_at)
select x.id, (select min(id) from organisations_organisation where type = 'POLICE_UNIT'), 'bench', x.notified,
       x.notified + interval '1 day',
       case when x.a < 0.25 then 'REGISTERED' when x.a < 0.9 then 'REFUSED' end,
       case when x.a < 0.25 then (select c.id from bench_case c
                                  where c.k = floor(x.c * (select count(*) from bench_case))::int) end,
       case when x.a >= 0.25 and x.a < 0.9 then 'Synthetic: no criminal offence found on the spot.' end,
       case when x.a < 0.9 then 'bench' end,
       case when x.a < 0.9 then x.notified + interval '4 hours' end
from (select i.id, (i.ended_on + 2 + time '10:30') at time zone 'Asia/Almaty' as notified,
             pg_temp.u(i.id, 20) as a, pg_temp.u(i.id, 21) as c
      from inspections_inspection i
      where i.recorded_by = 'bench' and cardinality(i.ilo_indicators) > 0 and pg_temp.u(i.id, 22) < 0.85
        and i.ended_on + 2 < current_date) x;
