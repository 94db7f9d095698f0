/**
 * The person registry: one record per human being whatever their role (victim, suspect, witness), with
 * personal data encrypted at rest, a Latin transliteration of names, IIN validation, exact search
 * through blind indexes, and a pseudonymous public reference that other modules and lists show instead
 * of names. Revealing personal data needs a reason, a granting {@link kz.qorgau.persons.PersonAccessPolicy}
 * and leaves an audit entry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Persons",
        allowedDependencies = { "system", "shared", "identity", "audit", "organisations", "linkage" })
package kz.qorgau.persons;
