package kz.qorgau.persons;

import kz.qorgau.identity.QorgauUser;

/**
 * Who may see a person's personal data (DESIGN.md §1, §5). Modules that link persons to their records
 * implement it as beans: the cases module grants the investigators of a person's case, the victims module
 * the organisations assisting the victim. A user sees a person's data when any policy grants it; with none
 * granting, nobody does (administrators included). Policies answer quickly and never throw for "no".
 */
public interface PersonAccessPolicy {

    /** Whether the user may see the personal data of the person. */
    boolean maySee(QorgauUser user, PersonId person);
}
