/**
 * Prevention and coordination: the yearly figures that no record yields (the police's anti-trafficking officers, the
 * population by region, sex and age), entered by ministry staff per year into defined data elements with the document
 * they come from, approved by a second person, locked once approved and corrected only by a new revision with its
 * reason, so that a past year's figure moves only by a dated, approved event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Prevention",
        allowedDependencies = { "shared", "system", "identity", "organisations", "audit" })
package kz.qorgau.prevention;
