/**
 * Private employment agencies: the register (BIN, names, legal address, licence or notification, the kinds of
 * placement and the countries served), the licensing authority's dated decisions on the licence (suspended,
 * reinstated, revoked, renewed) and the sanctions of the agencies' violations; and the public licence check, which
 * anyone may read without an account and which shows an agency's licence and the sanctions in force, nothing else.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recruitment agencies",
        allowedDependencies = { "shared", "system", "identity", "organisations", "audit" })
package kz.qorgau.agencies;
