-- Indexes for the case list at national scale (a million cases; docs/benchmarks.md).
--
-- A regional user's list filtered by status (and usually a year) is read from this index alone, in
-- the list's order (newest first), and so is the number of matches: with only
-- cases_case_region_registered, PostgreSQL had to visit every case of the region and year in the
-- table to check its status (16 ms for a year of Almaty city, 60 ms and more for all years). The same
-- index serves the list sorted by status.
create index cases_case_region_status_registered on cases_case (region_code, status, registered_on desc, id desc);
