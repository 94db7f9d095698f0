package kz.qorgau.cases;

import java.util.Collection;
import java.util.Map;

/**
 * The references ({@code V-…}) by which people know the victim records linked to a case, so that the case page names
 * them as everywhere else rather than by their database id. Contributed by the victims module, which owns them.
 */
public interface VictimReferences {

    /** The reference of each victim record named, by its id; a record that does not exist is left out. */
    Map<Long, String> of(Collection<Long> victimIds);
}
