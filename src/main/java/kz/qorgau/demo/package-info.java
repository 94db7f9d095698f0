/**
 * Demo mode: the embedded PostgreSQL in a local data directory, and the synthetic organisations, users, cases,
 * victims and referrals entered through each module's public services, module by module in dependency order. Active
 * only when demo mode is asked for ({@code qorgau.demo.enabled}); not part of the production jar.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
        allowedDependencies = { "shared", "system", "organisations", "identity", "persons", "cases", "victims",
                "referrals", "shelters", "inspections", "agencies", "hotline", "prevention", "statistics" })
package kz.qorgau.demo;
