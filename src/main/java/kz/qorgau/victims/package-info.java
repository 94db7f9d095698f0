/**
 * Victim identification: screening with the ILO and ILO-EC indicators, the victim record (trafficking
 * status with its dated history and deciding organisation, forms of exploitation, recruitment, control,
 * vulnerabilities, countries), consent, rights informed, the reflection period and permits of foreign
 * victims, non-punishment screening, participation in proceedings, state protection and compensation; and the
 * merge of two records of one person's one situation, so that each situation is counted once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Victims",
        allowedDependencies = { "shared", "system", "identity", "organisations", "audit", "persons", "cases" })
package kz.qorgau.victims;
