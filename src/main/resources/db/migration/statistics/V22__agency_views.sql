-- Statistics module: the register of recruitment agencies (agencies module), read through views the statistics
-- module owns (AgencyIndicators). An agency's licence status on a day follows from its issue, its expiry and the
-- decisions dated up to that day, as kz.qorgau.agencies.Licence says: revoked by any revocation up to the day;
-- suspended when the last suspension or reinstatement up to the day is a suspension; expired after the expiry in
-- force on the day (the last renewal's up to the day, else the first; none for a notification); none before the
-- issue; else active. AgencyStatusTests compares the two on the demo's register.
create view statistics_agency as
select a.id,
       a.region             as region_code,
       a.licence_issued_on  as issued_on,
       a.licence_expires_on as expires_on
from agencies_agency a;

create view statistics_agency_decision as
select d.agency_id,
       d.seq,
       a.region     as region_code,
       d.kind,
       d.decided_on,
       d.expires_on
from agencies_decision d
join agencies_agency a on a.id = d.agency_id;

create view statistics_agency_sanction as
select s.id,
       s.agency_id,
       a.region     as region_code,
       s.kind,
       s.decided_on,
       s.fine_kzt
from agencies_sanction s
join agencies_agency a on a.id = s.agency_id;

create function statistics_agency_status(agency bigint, day date) returns varchar
    language sql stable
as $$
select case
           when a.issued_on > day then 'NONE'
           when exists (select 1 from statistics_agency_decision d
                        where d.agency_id = a.id and d.kind = 'REVOKED' and d.decided_on <= day) then 'REVOKED'
           when (select d.kind from statistics_agency_decision d
                 where d.agency_id = a.id and d.kind in ('SUSPENDED', 'REINSTATED') and d.decided_on <= day
                 order by d.decided_on desc, d.seq desc limit 1) = 'SUSPENDED' then 'SUSPENDED'
           when coalesce((select d.expires_on from statistics_agency_decision d
                          where d.agency_id = a.id and d.kind = 'RENEWED' and d.decided_on <= day
                          order by d.decided_on desc, d.seq desc limit 1), a.expires_on) < day then 'EXPIRED'
           else 'ACTIVE'
       end
from statistics_agency a
where a.id = agency
$$;
