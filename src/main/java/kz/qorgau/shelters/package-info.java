/**
 * Shelters and crisis centres: the register (operator, region, urban or rural, confidential address, beds by client
 * group with dated changes), the stays of victims (each one a shelter service episode of the referrals module, which
 * holds its dates and cost), the special social services period of each stay, and occupancy by day.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shelters",
        allowedDependencies = { "shared", "system", "identity", "organisations", "audit", "victims", "referrals",
                "cases" })
package kz.qorgau.shelters;
