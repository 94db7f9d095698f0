/**
 * The read side: the indicator catalogue and the official statistics computed from the records' dated
 * events through SQL views this module owns (DESIGN.md §4). Never writes other modules' tables, and reads
 * none: its code reads only the views that are its contract with the modules whose records it counts,
 * statistics_case, statistics_case_event, statistics_case_qualification, statistics_case_article,
 * statistics_defendant, statistics_operation and
 * statistics_cooperation (cases, persons), statistics_victim, statistics_victim_status, statistics_ctdc_victim,
 * statistics_victim_interview, statistics_victim_protection, statistics_victim_permit,
 * statistics_victim_compensation, statistics_victim_non_punishment, statistics_victim_reflection and
 * statistics_victim_reflection_extension (victims), statistics_person_root, statistics_victim_person and
 * statistics_possible_duplicate (persons and victims: each person counted once), statistics_referral, statistics_referral_step and
 * statistics_service_episode (referrals), statistics_shelter, statistics_shelter_capacity, statistics_shelter_stay
 * and statistics_shelter_allocation (shelters), statistics_agency, statistics_agency_decision and
 * statistics_agency_sanction with the function statistics_agency_status (agencies), and its table
 * statistics_form_group. StatisticsViewsTests states
 * their columns and rows; docs/statistics.md says how an indicator is defined over them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package kz.qorgau.statistics;
