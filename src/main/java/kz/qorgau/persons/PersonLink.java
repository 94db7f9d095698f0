package kz.qorgau.persons;

/**
 * A person another module may link to a record of the current user's, and whether the link opens the
 * person's data to those who hold the record: only when the user could see it when linking (DESIGN.md §5,
 * "a link a user makes alone never opens data the user could not already see").
 *
 * @param person the person, pseudonymous
 * @param opensIdentity whether the link grants the record's holders the person's data
 */
public record PersonLink(PersonSummary person, boolean opensIdentity) {
}
