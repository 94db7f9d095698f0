package kz.qorgau.system;

import java.util.Optional;

/**
 * Finds a record by the reference people quote (an ERDR number, {@code V-…}, {@code R-…}, {@code P-…}) for the
 * search box of every page. Contributed by the module that owns the kind of record, which answers with its own
 * scope rule: a record outside the current user's scope is not found, exactly like a reference that names nothing.
 */
public interface ReferenceFinder {

    /**
     * The address of the record's page, when {@code reference} (trimmed, upper case, without inner spaces) names a
     * record of this module that the current user may open; empty otherwise, whatever the reason.
     */
    Optional<String> find(String reference);
}
