/**
 * Prevention and coordination: the yearly figures that no record yields (the police's anti-trafficking officers, the
 * population by region, sex and age), entered by ministry staff per year into defined data elements with the document
 * they come from, approved by a second person, locked once approved and corrected only by a new revision with its
 * reason, so that a past year's figure moves only by a dated, approved event; and the records of prevention and
 * coordination: the coordination bodies with their members over time, meetings and follow-up tasks, the trainings
 * held, the awareness campaigns, the National Action Plan with its progress reports, and the legislation and policy
 * milestones. None of it is personal data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prevention",
        allowedDependencies = { "shared", "system", "identity", "organisations", "audit" })
package kz.qorgau.prevention;
