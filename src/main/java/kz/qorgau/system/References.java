package kz.qorgau.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * A reference people quote (an ERDR number, {@code V-…}, {@code L-…}, {@code H-…}), resolved by the modules' own
 * {@link ReferenceFinder}s for the current user: the address of the record's page when the user may open it, nothing
 * otherwise. The search box opens what it finds; a module that keeps a reference to another module's record shows it
 * only to those for whom it resolves, so that a link made by one user opens nothing to another.
 */
@Component
public class References {

    /** Longer than any reference; what is longer is no reference. */
    public static final int MAX_LENGTH = 40;

    private final List<ReferenceFinder> finders;

    References(List<ReferenceFinder> finders) {
        this.finders = finders;
    }

    /** The page of the record that the reference names, when the current user may open it. */
    public Optional<String> open(String reference) {
        String typed = normalised(reference);
        if (typed.isEmpty() || typed.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        for (ReferenceFinder finder : finders) {
            Optional<String> found = finder.find(typed);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The reference as the finders read it: trimmed, upper case, without inner spaces. */
    public static String normalised(String reference) {
        return reference == null ? "" : reference.strip().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }
}
