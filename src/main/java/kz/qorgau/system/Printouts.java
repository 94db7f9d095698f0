package kz.qorgau.system;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A record's printable summary: the record's own page, with the same model, read through the same services (so it
 * shows exactly what the page shows the reader, and its reads are audited as the page's are), laid out by the print
 * layout ({@code print.html}) for A4 without navigation, buttons or forms, with the record's reference and, in the
 * footer, who printed it and when. The record's template picks the print layout when the model says
 * {@code printout}.
 */
@Component
public class Printouts {

    private final Clock clock;

    Printouts(Clock clock) {
        this.clock = clock;
    }

    /**
     * Turns the model of a record's page into its printout.
     *
     * @param reference the record's reference as its page shows it (ERDR number, {@code V-…}, {@code R-…})
     * @param back the record's page
     */
    public void prepare(Model model, String reference, String back, String printedByName, String printedByUsername) {
        model.addAttribute("printout", true);
        model.addAttribute("printReference", reference);
        model.addAttribute("printBack", back);
        model.addAttribute("printedByName", printedByName);
        model.addAttribute("printedByUsername", printedByUsername);
        model.addAttribute("printedAt", clock.instant());
    }
}
