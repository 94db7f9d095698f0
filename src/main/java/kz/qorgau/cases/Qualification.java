package kz.qorgau.cases;

import java.util.List;
import java.util.Set;

import kz.qorgau.shared.ExploitationForm;

/** How a case is qualified: the charges (articles and parts), forms of exploitation (none = unspecified), flags. */
public record Qualification(List<Charge> charges, Set<ExploitationForm> forms, Set<CaseFlag> flags) {

    public Qualification {
        charges = charges == null ? List.of() : List.copyOf(charges);
        forms = forms == null ? Set.of() : Set.copyOf(forms);
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }
}
