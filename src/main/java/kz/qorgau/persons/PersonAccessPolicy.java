package kz.qorgau.persons;

import kz.qorgau.identity.QorgauUser;

/**
 * Who may see a person (DESIGN.md §5). Modules that link persons to their records implement it as beans:
 * the cases module for the suspects of the cases in a user's scope, the victims module for the victims a
 * user's organisation registered, owns or assists. A user sees what any policy grants; with none granting,
 * nobody does (administrators included). Policies answer quickly and never throw for "no". They answer questions
 * about the user the registry asks for, hence the parameter.
 * <p>
 * Two levels: {@link #knowsOf} (a record the user sees names the person: the pseudonymous summary) and
 * {@link #maySee} (the personal data). A link counts for personal data only if whoever made it could see
 * the person's data at the time: a link a user makes alone never opens data they could not already see.
 */
public interface PersonAccessPolicy {

    /** Whether the user may see the personal data of the person. */
    boolean maySee(QorgauUser user, PersonId person);

    /** Whether a record the user sees names the person (the pseudonymous summary, linking it again). */
    default boolean knowsOf(QorgauUser user, PersonId person) {
        return maySee(user, person);
    }
}
