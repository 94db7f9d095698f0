/**
 * Labour inspections: who inspected which employer, where and why, the workers checked, the contracting chain, the
 * violations and the forced-labour indicators observed, and the inspector's notification to the police with its
 * answer (registered in ERDR as a criminal case, or refused), so that whether inspections find forced labour and
 * lead to cases is a query; and the removal proceedings of the migration service, none executed before the
 * person was screened for trafficking (or could not be).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inspections",
        allowedDependencies = { "shared", "system", "identity", "organisations", "audit", "persons", "cases",
                "victims" })
package kz.qorgau.inspections;
