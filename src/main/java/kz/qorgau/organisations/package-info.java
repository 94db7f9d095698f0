/**
 * Organisations that take part in the referral mechanism (type, region, parent) and the versioned
 * dictionary of Kazakhstan's regions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package kz.qorgau.organisations;
