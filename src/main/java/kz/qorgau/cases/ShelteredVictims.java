package kz.qorgau.cases;

import java.util.Collection;
import java.util.Set;

/**
 * Which of the victim records linked to a case are in a shelter today: the case page says so, and nothing more (not
 * which shelter, nor where: the shelter's address never leaves the shelters module). Contributed by the shelters
 * module.
 */
public interface ShelteredVictims {

    /** The victims named that are staying in a shelter today (admitted, not yet discharged). */
    Set<Long> of(Collection<Long> victimIds);
}
