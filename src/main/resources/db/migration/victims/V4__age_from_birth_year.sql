-- The age at identification as far as the person record's birth year tells it, kept on the victim record. A record
-- without an age of its own took its age group from the birth year of its person record (statistics V7); but when
-- consent to processing is refused or withdrawn the record leaves its person (the link is removed), after which that
-- age group fell back to unknown and a past year's figures moved without a dated event. The record now keeps, from
-- the day it was identified, the age the person reaches in the calendar year of identification: the age on the day
-- is that or one less (the birthday may still be to come). Null where no birth year was known.
alter table victims_victim add column age_in_year_of_identification smallint
    check (age_in_year_of_identification between 0 and 150);

-- Filled from what the statistics computed until now: the birth year of the record's person, where linked. A birth
-- year after the year of identification (an error of the person record) counted as a child, as age 0 does.
update victims_victim v
set age_in_year_of_identification = least(150, greatest(0, extract(year from v.identified_on)::int - p.birth_year))
from persons_person p
where p.id = v.person_id
  and p.birth_year is not null;
