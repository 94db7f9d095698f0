package kz.qorgau.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import kz.qorgau.SignedIn;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.SyntheticPersons;
import kz.qorgau.shared.ExploitationForm;

/**
 * Criminal cases for tests, taken through the cases module's application service by the agency whose act each
 * step is: an investigator registers and adds a suspect, a prosecutor sends to court, a court clerk records the
 * verdict. Every step goes through the same rules and audit as in use.
 */
public final class CaseBuilder {

    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final CriminalCases cases;
    private final PersonRegistry persons;

    public CaseBuilder(CriminalCases cases, PersonRegistry persons) {
        this.cases = cases;
        this.persons = persons;
    }

    /** A new ERDR number of the year, in the format the case module parses. */
    public static String erdr(int year) {
        return String.format("%02d1750%09d", year % 100, SERIAL.incrementAndGet() % 1_000_000_000L);
    }

    /** A case of sexual exploitation under article 128 part 2, registered by the investigator in the region. */
    public CaseViews.CaseView registered(QorgauUser investigator, String region, LocalDate on, ExploitationForm form) {
        return SignedIn.as(investigator, () -> cases.register(new CaseCommands.Registration(erdr(on.getYear()), on,
                region, null, new Qualification(List.of(new Charge("128", 2)), Set.of(form), Set.of()),
                "Synthetic narrative of a recruitment.")));
    }

    /** The case with a new synthetic suspect, registered in the person registry by the investigator. */
    public CaseViews.CaseView withSuspect(CaseViews.CaseView view, QorgauUser investigator, LocalDate on) {
        long suspect = SignedIn.as(investigator, () -> persons.register(SyntheticPersons.complete())).value();
        return SignedIn.as(investigator, () -> cases.addDefendant(view.id(), new CaseCommands.NewDefendant(suspect,
                PerpetratorRole.RECRUITER_OR_INTERMEDIARY, false, on, on, view.region().value(), null)));
    }

    public CaseViews.CaseView sentToCourt(CaseViews.CaseView view, QorgauUser prosecutor, long court, LocalDate on) {
        return SignedIn.as(prosecutor, () -> cases.record(view.id(), new CaseCommands.Event(EventType.SENT_TO_COURT,
                on, null, court, null, null, null, null, null, null)));
    }

    /** The first defendant convicted under article 128 part 2 to seven years. */
    public CaseViews.CaseView convicted(CaseViews.CaseView view, QorgauUser courtClerk, LocalDate on) {
        return SignedIn.as(courtClerk, () -> cases.record(view.id(), new CaseCommands.Event(EventType.VERDICT, on, null,
                null, 0, VerdictOutcome.CONVICTED, null, "128", 2, new Sentence(84, null, null, null, null, false,
                        true))));
    }
}
