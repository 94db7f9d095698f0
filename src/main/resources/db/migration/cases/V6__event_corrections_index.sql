-- Cases module: corrections are few, so an index of them alone finds the latest correction of a timeline entry
-- without reading the timeline. statistics_case_event (statistics, V4__effective_timeline_join) joins each
-- entry with its latest correction through it; docs/benchmarks.md, "Statistics at ×1, ×10, ×100".
create index cases_event_corrections on cases_event (case_id, corrects_seq, seq) where corrects_seq is not null;
