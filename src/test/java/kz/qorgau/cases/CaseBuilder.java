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
 * verdict. Every step goes through the same rules and audit as in use. Full tests ({@code QorgauTest}) have it as a
 * bean; module tests construct it.
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

    /**
     * Reserves numbers of the sequence that {@link #erdr(int)} takes from, for a test that needs ERDR numbers of its
     * own that start alike; answers the first.
     */
    public static long reserve(int count) {
        return SERIAL.getAndAdd(count);
    }

    /** A qualification under the article of Art. 128 with the forms of exploitation, without flags. */
    public static Qualification article128(int part, ExploitationForm... forms) {
        return new Qualification(List.of(new Charge("128", part)), Set.of(forms), Set.of());
    }

    /** A case of the form under article 128 part 2, registered by the investigator in the region. */
    public CaseViews.CaseView registered(QorgauUser investigator, String region, LocalDate on, ExploitationForm form) {
        return registered(investigator, region, on, article128(2, form), "Synthetic narrative of a recruitment.");
    }

    /** A case registered by the investigator in the region, with a new ERDR number of its year. */
    public CaseViews.CaseView registered(QorgauUser investigator, String region, LocalDate on,
            Qualification qualification, String narrative) {
        return SignedIn.as(investigator, () -> cases.register(new CaseCommands.Registration(erdr(on.getYear()), on,
                region, null, qualification, narrative)));
    }

    /** The case with a new synthetic suspect, registered in the person registry by the investigator. */
    public CaseViews.CaseView withSuspect(CaseViews.CaseView view, QorgauUser investigator, LocalDate on) {
        return withSuspect(view, investigator, on, on);
    }

    /** The same, the suspect arrested in the case's region on the day (never when null). */
    public CaseViews.CaseView withSuspect(CaseViews.CaseView view, QorgauUser investigator, LocalDate on,
            LocalDate arrested) {
        long suspect = SignedIn.as(investigator, () -> persons.register(SyntheticPersons.complete())).value();
        return SignedIn.as(investigator, () -> cases.addDefendant(view.id(), new CaseCommands.NewDefendant(suspect,
                PerpetratorRole.RECRUITER_OR_INTERMEDIARY, false, on, arrested, arrested == null ? null : view
                        .region().value(), null)));
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
