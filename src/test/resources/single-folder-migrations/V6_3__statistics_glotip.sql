-- Statistics module: what the UNODC GLOTIP table needs beyond V6_1/V6_2 (kz.qorgau.statistics.Glotip).

-- Victims with GLOTIP's age group at identification: a child (flag or age under 18), an adult (age 18 or
-- over), otherwise unknown. (The annual indicator victims.identified.adults counts every non-child; GLOTIP
-- keeps victims of unknown age apart.)
create view statistics_glotip_victim as
select s.id,
       s.region_code,
       s.identified_on,
       s.sex,
       case when s.child then 'CHILD'
            when v.age_at_identification is not null then 'ADULT'
            else 'UNKNOWN' end as age_group,
       s.citizen,
       s.sexual_exploitation,
       s.forced_labour,
       s.other_forms
from statistics_victim s
join victims_victim v on v.id = s.id;

-- Defendants with the sex and birth year of their person record (persons_person keeps both in clear for
-- statistics); UNKNOWN sex when the record is missing.
create view statistics_glotip_defendant as
select d.case_id,
       d.defendant_no,
       coalesce(p.sex, 'UNKNOWN') as sex,
       p.birth_year
from cases_defendant d
left join persons_person p on p.id = d.person_id;
