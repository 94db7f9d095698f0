package kz.qorgau.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.cases.AppealOutcome;
import kz.qorgau.cases.CaseCommands;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.cases.Charge;
import kz.qorgau.cases.CriminalCases;
import kz.qorgau.cases.EventType;
import kz.qorgau.cases.PerpetratorRole;
import kz.qorgau.cases.Qualification;
import kz.qorgau.cases.Sentence;
import kz.qorgau.cases.VerdictOutcome;
import kz.qorgau.demo.DemoDataEntry;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.SyntheticPersons;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.RegionCode;

/**
 * Indicator tests on a small, known set of cases in a region that the demo data and the other tests leave alone: the
 * cases are recorded once on the shared database, by the national police through the application services (a later
 * run finds them there and records nothing), and the region's annual figures are read as the analyst reads them.
 * Each subclass owns one region and one series of ERDR numbers, so that no two of them meet.
 */
@QorgauTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RegionalIndicatorsTests extends FullTest {

    @Autowired
    Statistics statistics;
    @Autowired
    CriminalCases cases;
    @Autowired
    PersonRegistry persons;
    @Autowired
    DemoDataEntry entry;

    final String region;
    private final long erdrSeries;
    private int serial;
    /** The court the cases are sent to. */
    long court;

    RegionalIndicatorsTests(String region, long erdrSeries) {
        this.region = region;
        this.erdrSeries = erdrSeries;
    }

    /** Records the known cases of the region, as the national police; called once, on a region without cases. */
    abstract void recordCases();

    @BeforeAll
    final void recordCasesOnce() {
        court = users.organisation(DemoOrganisations.COURT_ALMATY);
        if (jdbc.sql("select count(*) from cases_case where region_code = ?").param(region).query(Long.class)
                .single() > 0) {
            return;
        }
        entry.as(DemoOrganisations.POLICE_NATIONAL, user -> {
            recordCases();
            return null;
        });
    }

    Map<String, Number> figures(int year) {
        QorgauUser analyst = users.demo("analyst");
        return SignedIn.as(analyst, () -> statistics.annual(new StatisticsQuery(year, new RegionCode(region))));
    }

    /** A case of the region registered on the day under Art. 128 part 1, of the form (none when null). */
    long register(String date, ExploitationForm form) {
        return register(date, form == null ? Set.of() : Set.of(form), new Charge("128", 1));
    }

    long register(String date, Set<ExploitationForm> forms, Charge... charges) {
        LocalDate registered = LocalDate.parse(date);
        String erdr = String.format("%02d%s%011d", registered.getYear() % 100, region.substring(3), erdrSeries
                + ++serial);
        return cases.register(new CaseCommands.Registration(erdr, registered, region, null,
                new Qualification(List.of(charges), forms, Set.of()), null)).id();
    }

    /** A synthetic person, registered to be a suspect. */
    long person() {
        return persons.register(SyntheticPersons.complete()).value();
    }

    /** The person as an exploiter in the case, a suspect from the day (the registration's when null). */
    void suspect(long caseId, long person, boolean official, LocalDate addedOn, LocalDate arrestedOn) {
        cases.addDefendant(caseId, new CaseCommands.NewDefendant(person, PerpetratorRole.EXPLOITER, official, addedOn,
                arrestedOn, arrestedOn == null ? null : region, null));
    }

    CaseViews.CaseView record(long caseId, CaseCommands.Event event) {
        return cases.record(caseId, event);
    }

    CaseCommands.Event court(String date) {
        return new CaseCommands.Event(EventType.SENT_TO_COURT, LocalDate.parse(date), null, court, null, null, null,
                null, null, null);
    }

    static CaseCommands.Event verdict(int defendant, String date, VerdictOutcome outcome, String article,
            Integer part, Sentence sentence) {
        return new CaseCommands.Event(EventType.VERDICT, LocalDate.parse(date), null, null, defendant, outcome, null,
                article, part, sentence);
    }

    static CaseCommands.Event appeal(int defendant, String date, AppealOutcome outcome) {
        return new CaseCommands.Event(EventType.APPEAL, LocalDate.parse(date), null, null, defendant, null, outcome,
                null, null, null);
    }

    /** An event of the investigation (terminated, suspended, reopened), with its grounds where it has them. */
    static CaseCommands.Event investigation(EventType type, String date, Enum<?> grounds) {
        return new CaseCommands.Event(type, LocalDate.parse(date), grounds == null ? null : grounds.name(), null, null,
                null, null, null, null, null);
    }
}
