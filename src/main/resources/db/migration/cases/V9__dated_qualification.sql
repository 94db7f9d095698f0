-- A case's qualification (charges, forms of exploitation, flags) becomes dated: the registration entry of the
-- timeline carries the qualification the case was registered with, and each requalification is an entry of its
-- own (type REQUALIFIED) with the date from which it is in force. The statistics count a case by the
-- qualification in force on the date they count it (DESIGN.md §4: a past year's figure does not change when a
-- case moves on). The charges, forms and flag columns of cases_case stay as the current qualification, derived
-- from the timeline like the status, for lists and filters.
-- charges: "128" or "128(2)" (article and part, as kz.qorgau.cases.Charge writes them); forms and flags: the
-- names of ExploitationForm and CaseFlag. Null on every entry that is neither a registration nor a requalification.
alter table cases_event
    add column charges varchar(20)[],
    add column forms   varchar(40)[],
    add column flags   varchar(40)[];

-- Until now the qualification was not dated: each case's current qualification becomes its first, in force from
-- its registration (on every registration entry, corrections included, so that it follows the registration's
-- effective date), and no figure of a past year moves.
update cases_event e
set charges = array(select ch.article_code || coalesce('(' || ch.part || ')', '') from cases_charge ch
                    where ch.case_id = e.case_id order by ch.article_code, ch.part),
    forms   = array(select f.form from cases_case_form f where f.case_id = e.case_id order by f.form),
    flags   = array(select flag from cases_case c,
                    lateral (values ('FORCED_LABOUR_REMOTE_AREA', c.forced_labour_remote_area),
                                    ('FOREIGN_VICTIMS', c.foreign_victims),
                                    ('TRANSNATIONAL', c.transnational),
                                    ('OFFICIAL_COMPLICITY', c.official_complicity),
                                    ('ONLINE_RECRUITMENT', c.online_recruitment)) as v (flag, is_set)
                    where c.id = e.case_id and v.is_set order by flag)
where e.type = 'REGISTERED';

alter table cases_event add constraint cases_event_qualified
    check ((type in ('REGISTERED', 'REQUALIFIED')) = (charges is not null and forms is not null and flags is not null));
