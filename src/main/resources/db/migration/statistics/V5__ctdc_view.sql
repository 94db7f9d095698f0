-- Statistics module: the victim-level rows of the CTDC / HTCDS export (kz.qorgau.statistics.Ctdc). One row per
-- victim identified (the status FIRST became presumed or confirmed, as statistics_victim), with the raw codes
-- the export maps to the CTDC variables. No name, reference, record or person id: nothing links a row back.
create view statistics_ctdc_victim as
select s.identified_on,
       s.sex,
       v.age_at_identification,
       -- one country per variable: exactly one recorded, else unknown (dual citizenship, several countries)
       (select min(c.country_code) from victims_country c
        where c.victim_id = s.id and c.role = 'CITIZENSHIP'
        having count(*) = 1)                                                        as citizenship,
       (select min(c.country_code) from victims_country c
        where c.victim_id = s.id and c.role = 'EXPLOITATION'
        having count(*) = 1)                                                        as exploitation_country,
       s.sexual_exploitation,
       s.forced_labour,
       s.other_forms,
       s.unspecified,
       v.forced_labour_sector,
       v.recruiter_relationship,
       array(select t.code from victims_trait t
             where t.victim_id = s.id and t.kind = 'ControlMethod' order by t.code) as control_methods
from statistics_victim s
join victims_victim v on v.id = s.id;
