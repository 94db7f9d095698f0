-- Cases module: the cases a victim record is linked to (CriminalCases.linksOfVictim), which the victims module
-- asks for at every look at a victim by the police (VictimScope: police see victims through their cases).
-- The primary key (case_id, victim_id) cannot serve it: each look read the whole link table, about 3 ms at
-- ×100 of the demo volume (35,000 links) and growing with it (docs/benchmarks.md, "Statistics at ×1, ×10,
-- ×100").
create index cases_victim_link_victim on cases_victim_link (victim_id, case_id);
