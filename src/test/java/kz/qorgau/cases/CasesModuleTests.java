package kz.qorgau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import kz.qorgau.ModuleDatabase;
import kz.qorgau.SignedIn;
import kz.qorgau.Staff;
import kz.qorgau.audit.AuditAssertions;
import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Today;
import kz.qorgau.system.WorkQueue;

/**
 * The cases module with the modules it uses directly, on a database of its own: a case from registration to
 * verdict by the police, the prosecutor and the court, each within their part and scope, the timeline's order and
 * corrections, and the defendants' data opened to those whose scope holds the case.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleDatabase
class CasesModuleTests {

    static final LocalDate REGISTERED = LocalDate.of(2023, 4, 12);
    static final LocalDate SENT = LocalDate.of(2023, 9, 1);

    final CriminalCases cases;
    final CaseDetails details;
    final CaseList list;
    final PersonRegistry persons;
    final CaseBuilder builder;
    final Staff staff;
    final AuditAssertions audit;

    CasesModuleTests(CriminalCases cases, CaseDetails details, CaseList list, PersonRegistry persons,
            OrganisationRegistry organisations,
            Accounts accounts, JdbcClient jdbc) {
        this.cases = cases;
        this.details = details;
        this.list = list;
        this.persons = persons;
        this.builder = new CaseBuilder(cases, persons);
        this.staff = new Staff(organisations, accounts);
        this.audit = new AuditAssertions(jdbc);
    }

    @Autowired
    CaseQueue queue;
    @Autowired
    CaseReferenceFinder finder;
    @Autowired
    Today today;

    /** The police, prosecutor's office and court of one region. */
    record Agencies(QorgauUser investigator, QorgauUser prosecutor, OrganisationSummary court, QorgauUser clerk) {
    }

    Agencies almaty() {
        OrganisationSummary court = staff.organisation(OrganisationType.COURT, "KZ-75");
        return new Agencies(staff.investigator("KZ-75"), staff.prosecutor("KZ-75"), court,
                staff.member(court, Role.COURT_CLERK));
    }

    @Test
    void anInvestigatorRegistersACaseOfTheirRegionUnderAnErdrNumberTakenOnce() {
        Agencies almaty = almaty();
        CaseViews.CaseView view = builder.registered(almaty.investigator(), "KZ-75", REGISTERED,
                ExploitationForm.FORCED_LABOUR);

        assertThat(view.status()).isEqualTo(CaseStatus.INVESTIGATION);
        assertThat(view.unitId()).isEqualTo(almaty.investigator().organisationId());
        assertThat(view.timeline()).extracting(CaseViews.TimelineEntry::type).containsExactly(EventType.REGISTERED);
        assertThat(audit.record("case", view.id()).except("CASE_NARRATIVE_READ").actors())
                .containsExactly(almaty.investigator().getUsername());
        assertThatThrownBy(() -> SignedIn.as(almaty.investigator(), () -> cases.register(new CaseCommands.Registration(
                view.erdrNumber(), REGISTERED, "KZ-75", null, new Qualification(List.of(new Charge("128", 1)),
                        Set.of(), Set.of()), null)))).hasMessageContaining("case.error.erdr-taken");
        assertThatThrownBy(() -> builder.registered(almaty.investigator(), "KZ-71", REGISTERED,
                ExploitationForm.FORCED_LABOUR)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("case.error.region-out-of-scope");
        assertThat(audit.action("CASE_REGISTERED").by(almaty.investigator().getUsername()).count()).isEqualTo(1);
    }

    @Test
    void policeProsecutorAndCourtEachRecordTheirPartInOrder() {
        Agencies almaty = almaty();
        CaseViews.CaseView view = builder.registered(almaty.investigator(), "KZ-75", REGISTERED,
                ExploitationForm.SEXUAL_EXPLOITATION);

        assertThatThrownBy(() -> builder.sentToCourt(view, almaty.prosecutor(), almaty.court().id(), SENT))
                .hasMessageContaining("case.error.court-no-defendants");
        builder.withSuspect(view, almaty.investigator(), REGISTERED.plusDays(8));
        assertThatThrownBy(() -> builder.sentToCourt(view, almaty.investigator(), almaty.court().id(), SENT))
                .isInstanceOf(AccessDeniedException.class);
        CaseViews.CaseView inCourt = builder.sentToCourt(view, almaty.prosecutor(), almaty.court().id(), SENT);
        assertThat(inCourt.status()).isEqualTo(CaseStatus.IN_COURT);
        assertThat(inCourt.courtId()).isEqualTo(almaty.court().id());

        CaseViews.CaseView decided = builder.convicted(inCourt, almaty.clerk(), LocalDate.of(2023, 12, 5));

        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.defendants()).singleElement().extracting(CaseViews.DefendantView::verdict)
                .isEqualTo(VerdictOutcome.CONVICTED);
        assertThat(decided.timeline()).extracting(CaseViews.TimelineEntry::type)
                .containsExactly(EventType.REGISTERED, EventType.SENT_TO_COURT, EventType.VERDICT);
        assertThat(audit.record("case", view.id()).except("CASE_NARRATIVE_READ").actions()).containsExactly(
                "CASE_REGISTERED", "CASE_DEFENDANT_ADDED", "CASE_EVENT_RECORDED", "CASE_EVENT_RECORDED");
    }

    @Test
    void aCorrectionReplacesAnEntryThatStaysInTheHistory() {
        Agencies almaty = almaty();
        CaseViews.CaseView view = builder.withSuspect(builder.registered(almaty.investigator(), "KZ-75", REGISTERED,
                ExploitationForm.FORCED_LABOUR), almaty.investigator(), REGISTERED);
        CaseViews.CaseView inCourt = builder.sentToCourt(view, almaty.prosecutor(), almaty.court().id(), SENT);
        int sentSeq = inCourt.timeline().getLast().seq();

        CaseViews.CaseView corrected = SignedIn.as(almaty.prosecutor(), () -> cases.correct(view.id(), sentSeq,
                new CaseCommands.Event(EventType.SENT_TO_COURT, SENT.plusDays(3), null, almaty.court().id(), null, null,
                        null, null, null, null)));

        assertThat(corrected.timeline()).hasSize(3);
        assertThat(corrected.timeline()).filteredOn(CaseViews.TimelineEntry::effective)
                .extracting(CaseViews.TimelineEntry::type, CaseViews.TimelineEntry::occurredOn)
                .containsExactly(tuple(EventType.REGISTERED, REGISTERED),
                        tuple(EventType.SENT_TO_COURT, SENT.plusDays(3)));
        assertThat(corrected.timeline().get(sentSeq).correctedBySeq()).isNotNull();
        assertThat(corrected.status()).isEqualTo(CaseStatus.IN_COURT);
        assertThat(audit.action("CASE_EVENT_CORRECTED").record("case", view.id()).last().clearDetails())
                .containsEntry("corrects", Integer.toString(sentSeq));
    }

    @Test
    void aCaseOutsideTheScopeDoesNotExistAndTheCourtSeesItOnlyOnceSentThere() {
        Agencies almaty = almaty();
        QorgauUser astana = staff.investigator("KZ-71");
        CaseViews.CaseView view = builder.withSuspect(builder.registered(almaty.investigator(), "KZ-75", REGISTERED,
                ExploitationForm.FORCED_LABOUR), almaty.investigator(), REGISTERED);

        assertThatThrownBy(() -> SignedIn.as(astana, () -> details.get(view.id()))).isInstanceOf(
                NotFoundException.class);
        assertThat(SignedIn.as(astana, () -> list.search(CaseCommands.Search.any(), PageRequest.of(0, 100)))
                .items()).noneMatch(item -> item.id() == view.id());
        assertThat(details.visibleTo(view.id(), almaty.clerk())).isFalse();

        builder.sentToCourt(view, almaty.prosecutor(), almaty.court().id(), SENT);

        assertThat(details.visibleTo(view.id(), almaty.clerk())).isTrue();
        assertThat(details.visibleTo(view.id(), astana)).isFalse();
        assertThat(SignedIn.as(almaty.clerk(), () -> details.get(view.id())).erdrNumber()).isEqualTo(view.erdrNumber());
    }

    @Test
    void aDefendantsDataIsOpenToThoseWhoseScopeHoldsTheCaseAndToNoOneElse() {
        Agencies almaty = almaty();
        QorgauUser astana = staff.investigator("KZ-71");
        CaseViews.CaseView view = builder.withSuspect(builder.registered(almaty.investigator(), "KZ-75", REGISTERED,
                ExploitationForm.FORCED_LABOUR), almaty.investigator(), REGISTERED);
        PersonId suspect = new PersonId(view.defendants().getFirst().personId());

        assertThat(SignedIn.as(almaty.prosecutor(), () -> persons.maySee(suspect))).isTrue();
        assertThat(SignedIn.as(almaty.clerk(), () -> persons.maySee(suspect))).isFalse();
        assertThat(SignedIn.as(astana, () -> persons.maySee(suspect))).isFalse();

        builder.sentToCourt(view, almaty.prosecutor(), almaty.court().id(), SENT);

        assertThat(SignedIn.as(almaty.clerk(), () -> persons.maySee(suspect))).isTrue();
        assertThat(SignedIn.as(almaty.clerk(), () -> persons.reveal(suspect, "Synthetic: hearing")).surname())
                .isNotBlank();
        assertThat(audit.action("PERSON_REVEALED").record("person", suspect.value()).actors())
                .containsExactly(almaty.clerk().getUsername());
    }

    @Test
    void theQueueCountsTheCasesOfTheUsersScopeAndEachCountIsTheListItLinksTo() {
        OrganisationSummary court = staff.organisation(OrganisationType.COURT, "KZ-35");
        QorgauUser investigator = staff.investigator("KZ-35");
        QorgauUser prosecutor = staff.prosecutor("KZ-35");
        QorgauUser clerk = staff.member(court, Role.COURT_CLERK);
        QorgauUser supervisor = staff.user(OrganisationType.POLICE_UNIT, "KZ-35", Role.SUPERVISOR);
        QorgauUser otherProsecutor = staff.prosecutor("KZ-55");
        QorgauUser otherClerk = staff.user(OrganisationType.COURT, "KZ-35", Role.COURT_CLERK);
        CaseViews.CaseView old = builder.registered(investigator, "KZ-35", REGISTERED, ExploitationForm.FORCED_LABOUR);
        CaseViews.CaseView recent = builder.registered(investigator, "KZ-35", today.date(),
                ExploitationForm.FORCED_LABOUR);
        CaseViews.CaseView sent = builder.sentToCourt(builder.withSuspect(builder.registered(investigator, "KZ-35",
                REGISTERED, ExploitationForm.FORCED_LABOUR), investigator, REGISTERED), prosecutor, court.id(), SENT);

        assertThat(counts(prosecutor)).containsEntry("queue.cases.awaiting-decision", 2L)
                .containsEntry("queue.cases.in-court", 1L).doesNotContainKey("queue.cases.ageing");
        assertThat(counts(clerk)).containsExactlyEntriesOf(Map.of("queue.cases.in-court", 1L));
        assertThat(counts(investigator)).containsEntry("queue.cases.investigation", 2L)
                .containsEntry("queue.cases.suspended", 0L);
        assertThat(counts(supervisor)).containsEntry("queue.cases.ageing", 1L);
        assertThat(counts(otherProsecutor)).containsEntry("queue.cases.awaiting-decision", 0L)
                .containsEntry("queue.cases.in-court", 0L);
        assertThat(counts(otherClerk)).containsExactlyEntriesOf(Map.of("queue.cases.in-court", 0L));

        // each count's link is the list of exactly the counted cases
        assertThat(listed(prosecutor, "queue.cases.awaiting-decision")).containsExactlyInAnyOrder(old.id(),
                recent.id());
        assertThat(listed(clerk, "queue.cases.in-court")).containsExactly(sent.id());
        assertThat(listed(supervisor, "queue.cases.ageing")).containsExactly(old.id());
        assertThat(listed(otherProsecutor, "queue.cases.awaiting-decision")).isEmpty();
    }

    @Test
    void theReferenceSearchFindsACaseOnlyWithinTheScopeAndAnswersOtherwiseAsForNoCase() {
        QorgauUser investigator = staff.investigator("KZ-35");
        QorgauUser otherRegion = staff.investigator("KZ-55");
        CaseViews.CaseView view = builder.registered(investigator, "KZ-35", REGISTERED, ExploitationForm.FORCED_LABOUR);
        String typed = view.erdrNumber().substring(0, 5) + "-" + view.erdrNumber().substring(5);

        assertThat(SignedIn.as(investigator, () -> finder.find(view.erdrNumber()))).contains("/cases/" + view.id());
        assertThat(SignedIn.as(investigator, () -> finder.find(typed))).contains("/cases/" + view.id());
        assertThat(SignedIn.as(otherRegion, () -> finder.find(view.erdrNumber()))).isEmpty();
        assertThat(SignedIn.as(otherRegion, () -> finder.find(CaseBuilder.erdr(2023)))).isEmpty();
        assertThat(SignedIn.as(investigator, () -> finder.find("V-ABCDEFGH"))).isEmpty();
    }

    private Map<String, Long> counts(QorgauUser user) {
        Map<String, Long> counts = new LinkedHashMap<>();
        SignedIn.as(user, queue::items).forEach(item -> counts.put(item.messageKey(), item.count()));
        return counts;
    }

    /** The ids of the case list at the address of the user's queue item, read from its query string. */
    private List<Long> listed(QorgauUser user, String messageKey) {
        WorkQueue.Item item = SignedIn.as(user, queue::items).stream()
                .filter(candidate -> candidate.messageKey().equals(messageKey)).findFirst().orElseThrow();
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUriString(item.path()).build().getQueryParams();
        String before = query.getFirst("registeredBefore");
        CaseCommands.Search search = new CaseCommands.Search(null, null, null,
                CaseStatus.valueOf(query.getFirst("status")), null, null, null, null, null,
                before == null ? null : LocalDate.parse(before));
        List<Long> ids = SignedIn.as(user, () -> list.search(search, PageRequest.of(0, 100))).items().stream()
                .map(CaseViews.CaseListItem::id).toList();
        assertThat(ids).hasSize((int) item.count());
        return ids;
    }
}
