package kz.qorgau.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.cases.CaseBuilder;
import kz.qorgau.cases.CaseDetails;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.cases.VictimRole;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.PersonSearch;
import kz.qorgau.persons.SyntheticPersons;
import kz.qorgau.shared.AgeGroup;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RuleViolationException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Map;
import kz.qorgau.persons.PersonDetails;
import org.assertj.core.groups.Tuple;

/** Victim records on the real database: identification, sealed texts, status history, consent, links, audit. */
@QorgauTest
class VictimRegistryTests extends FullTest {

    static final LocalDate SCREENED = LocalDate.of(2026, 3, 2);

    @Autowired
    VictimRegistry victims;
    @Autowired
    VictimDetails victimDetails;
    @Autowired
    VictimList victimList;
    @Autowired
    PersonRegistry persons;
    @Autowired
    CaseDetails caseDetails;
    @Autowired
    CaseBuilder builder;

    VictimViews.VictimView screenedByInspector(ConsentDecision lawEnforcement) {
        QorgauUser inspector = users.demo("inspector");
        long person = SignedIn.as(inspector, () -> persons.register(SyntheticPersons.complete())).value();
        return SignedIn.as(inspector, () -> victims.register(SyntheticVictims.identified(person, SCREENED,
                lawEnforcement)));
    }

    CaseViews.CaseView caseInAlmaty() {
        return builder.registered(users.demo("investigator"), "KZ-75", LocalDate.of(2026, 3, 10), CaseBuilder
                .article128(2, ExploitationForm.FORCED_LABOUR), null);
    }

    @Test
    void aScreeningIdentifiesAVictimWithItsDecisionAsFirstStatusAndIsAudited() {
        VictimViews.VictimView victim = screenedByInspector(ConsentDecision.GIVEN);
        assertThat(victim.reference()).matches("V-[2-9A-HJKMNP-Z]{8}");
        assertThat(victim.status()).isEqualTo(TraffickingStatus.PRESUMED);
        assertThat(victim.firstIdentifiedOn()).isEqualTo(SCREENED);
        assertThat(victim.statusHistory()).singleElement().satisfies(entry -> {
            assertThat(entry.decidingType()).isEqualTo(DecidingOrganisationType.NON_POLICE_GOVERNMENTAL_ORGANISATION);
            assertThat(entry.screeningNumber()).isEqualTo(1);
            assertThat(entry.reason()).contains("passport held");
        });
        assertThat(victim.screenings()).singleElement().satisfies(screening -> {
            assertThat(screening.suggestionShown()).isEqualTo(DelphiRule.Outcome.POSITIVE);
            assertThat(screening.decision()).isEqualTo(TraffickingStatus.PRESUMED);
        });
        // the ILO indicators found add their HTCDS methods of control
        assertThat(victim.situation().controlMethods()).contains(ControlMethod.WITHHOLDS_DOCUMENTS,
                ControlMethod.EXCESSIVE_WORKING_HOURS, ControlMethod.FALSE_PROMISES);
        assertThat(victim.foreign()).isTrue();
        assertThat(audit.record("victim", victim.id()).actions()).containsExactly("VICTIM_IDENTIFIED",
                "VICTIM_SCREENED", "VICTIM_TEXTS_READ");
    }

    @Test
    void aVictimRegisteredFromAPersonRecordWithoutAnAgeGetsTheAgeAtIdentificationFromTheBirthDate() {
        QorgauUser inspector = users.demo("inspector");
        LocalDate born = LocalDate.of(2014, 12, 1);
        PersonDetails child = SyntheticPersons.complete();
        long person = SignedIn.as(inspector, () -> persons.register(new PersonDetails(child.surname(),
                child.givenName(), child.patronymic(), born, child.sex(), child.citizenships(),
                SyntheticPersons.iin(born, child.sex()), child.passports(), null, null, null))).value();
        VictimCommands.Registration registration = SyntheticVictims.identified(person, SCREENED, null);
        VictimViews.VictimView victim = SignedIn.as(inspector, () -> victims.register(new VictimCommands.Registration(
                person, false, null, registration.screening(), registration.consents())));
        // 11 on the day of the screening: a child, as the statistics count her, not an adult of unknown age
        assertThat(victim.situation().ageAtIdentification()).isEqualTo(11);
        assertThat(victim.situation().child()).isTrue();
        assertThat(jdbc.sql("select age_group from statistics_victim where id = ?").param(victim.id())
                .query(String.class).single()).isEqualTo("CHILD");
    }

    @Test
    void theAgeGroupAtIdentificationStaysWhenTheRecordLeavesItsPersonOnAWithdrawnConsent() {
        QorgauUser inspector = users.demo("inspector");
        QorgauUser caseworker = users.demo("caseworker");
        LocalDate born = LocalDate.of(2010, 6, 1);
        PersonDetails synthetic = SyntheticPersons.complete();
        PersonDetails details = new PersonDetails(synthetic.surname(), synthetic.givenName(), synthetic.patronymic(),
                born, synthetic.sex(), synthetic.citizenships(), SyntheticPersons.iin(born, synthetic.sex()),
                synthetic.passports(), null, null, null);
        long person = SignedIn.as(inspector, () -> persons.register(details)).value();
        // found by IIN, the person may be named but their data stays closed to the case worker: the record gets no age
        // from the date of birth, only what the birth year tells (15 or 16 in 2026, a child)
        SignedIn.as(caseworker, () -> persons.findMatches(PersonSearch.byIin(details.iin())));
        VictimCommands.Registration registration = SyntheticVictims.identified(person, SCREENED, null);
        VictimViews.VictimView victim = SignedIn.as(caseworker, () -> victims.register(new VictimCommands.Registration(
                person, false, null, registration.screening(), registration.consents())));
        assertThat(victim.situation().ageAtIdentification()).isNull();
        assertThat(ageGroup(victim.id())).isEqualTo("CHILD");

        SignedIn.as(caseworker, () -> victims.recordConsent(victim.id(), new VictimCommands.ConsentAnswer(
                ConsentScope.PROCESSING, ConsentDecision.WITHDRAWN, SCREENED.plusDays(10))));
        assertThat(jdbc.sql("select person_id is null from victims_victim where id = ?").param(victim.id())
                .query(Boolean.class).single()).isTrue();
        // the record left the person; the age group counted in 2026 stays
        assertThat(ageGroup(victim.id())).isEqualTo("CHILD");
    }

    private String ageGroup(long victimId) {
        return jdbc.sql("select age_group from statistics_victim where id = ?").param(victimId).query(String.class)
                .single();
    }

    @Test
    void freeTextsAreSealedAtRestAndAuditEntriesNameNoPerson() {
        VictimViews.VictimView victim = screenedByInspector(null);
        for (String sql : List.of("select narrative from victims_victim where id = ?",
                "select recruitment_place from victims_victim where id = ?",
                "select reason from victims_status where victim_id = ?",
                "select reason from victims_screening where victim_id = ?")) {
            byte[] stored = jdbc.sql(sql).param(victim.id()).query(byte[].class).single();
            assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("Synthetic");
        }
        assertThat(victim.situation().narrative()).isEqualTo("Synthetic narrative of a farm worker.");
        assertThat(audit.record("victim", victim.id()).details()).allSatisfy(details -> assertThat(details)
                .doesNotContain("Synthetic"));
    }

    @Test
    void theStatusHistoryIsKeptInTheDatabaseAndTheFirstIdentificationStays() {
        VictimViews.VictimView victim = screenedByInspector(null);
        QorgauUser inspector = users.demo("inspector");
        SignedIn.as(inspector, () -> victims.decideStatus(victim.id(), new VictimCommands.StatusDecision(
                TraffickingStatus.NOT_A_VICTIM, LocalDate.of(2026, 6, 1), "Synthetic re-assessment.")));
        VictimViews.VictimView after = SignedIn.as(inspector, () -> victimDetails.get(victim.id()));
        assertThat(after.status()).isEqualTo(TraffickingStatus.NOT_A_VICTIM);
        assertThat(after.firstIdentifiedOn()).isEqualTo(SCREENED);
        assertThat(jdbc.sql("select count(*) from victims_status where victim_id = ?").param(victim.id())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select first_identified_on from victims_victim where id = ?").param(victim.id())
                .query(LocalDate.class).single()).isEqualTo(SCREENED);
    }

    @Test
    void anAdultWhoRefusesIsCountedWithoutIdentity() {
        QorgauUser consul = users.demo("consul");
        VictimViews.VictimView victim = SignedIn.as(consul,
                () -> victims.register(SyntheticVictims.anonymousAbroad(SCREENED)));
        assertThat(victim.anonymous()).isTrue();
        assertThat(victim.personId()).isNull();
        assertThat(victim.foreign()).isFalse();
        assertThat(jdbc.sql(
                "select person_id is null and sex = 'FEMALE' and age_at_identification = 27 from victims_victim where id = ?")
                .param(victim.id()).query(Boolean.class).single()).isTrue();
        var listed = SignedIn.as(consul, () -> victimList.search(new VictimCommands.Search(null, 2026, null,
                ExploitationForm.SEXUAL_EXPLOITATION, false, null, AgeGroup.AGE_27_29, false, victim.reference()),
                PageRequest.of(0, 10))).items();
        assertThat(listed).singleElement().satisfies(item -> {
            assertThat(item.anonymous()).isTrue();
            assertThat(item.personPseudonym()).isNull();
        });
    }

    @Test
    void anIdentifiedAdultNeedsConsentToProcessing() {
        QorgauUser inspector = users.demo("inspector");
        long person = SignedIn.as(inspector, () -> persons.register(SyntheticPersons.complete())).value();
        VictimCommands.Registration withoutConsent = new VictimCommands.Registration(person, false,
                SyntheticVictims.farmWorker("UZ"), SyntheticVictims.farmScreening(SCREENED, TraffickingStatus.POSSIBLE),
                Map.of(ConsentScope.PROCESSING, ConsentDecision.REFUSED));
        assertThatThrownBy(() -> SignedIn.as(inspector, () -> victims.register(withoutConsent)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("victim.error.identity-needs-consent");
        assertThat(jdbc.sql("select count(*) from victims_victim where person_id = ?").param(person).query(Long.class)
                .single()).isZero();
    }

    @Test
    void withdrawingConsentToProcessingAnonymisesTheRecordButKeepsItCounted() {
        VictimViews.VictimView victim = screenedByInspector(null);
        QorgauUser inspector = users.demo("inspector");
        VictimViews.VictimView after = SignedIn.as(inspector, () -> victims.recordConsent(victim.id(),
                new VictimCommands.ConsentAnswer(ConsentScope.PROCESSING, ConsentDecision.WITHDRAWN,
                        LocalDate.of(2026, 4, 1))));
        assertThat(after.anonymous()).isTrue();
        assertThat(after.status()).isEqualTo(TraffickingStatus.PRESUMED);
        assertThat(audit.action("VICTIM_ANONYMISED").target(victim.id()).count()).isEqualTo(1);
        assertThat(jdbc.sql("select person_id from victims_victim where id = ?").param(victim.id()).query(Long.class)
                .optional()).isEmpty();
    }

    @Test
    void thePoliceLinkAVictimByReferenceOnlyWithConsentToShareWithThem() {
        CaseViews.CaseView criminalCase = caseInAlmaty();
        QorgauUser investigator = users.demo("investigator");
        VictimViews.VictimView refused = screenedByInspector(ConsentDecision.REFUSED);
        assertThatThrownBy(() -> SignedIn.as(investigator, () -> victims.linkToCase(new VictimCommands.CaseLink(
                refused.reference(), criminalCase.id(), VictimRole.INJURED_PARTY, null))))
                .isInstanceOf(NotFoundException.class);
        VictimViews.VictimView consenting = screenedByInspector(ConsentDecision.GIVEN);
        assertThatThrownBy(() -> SignedIn.as(investigator, () -> victimDetails.get(consenting.id())))
                .isInstanceOf(NotFoundException.class);
        SignedIn.as(investigator, () -> victims.linkToCase(new VictimCommands.CaseLink(
                consenting.reference().toLowerCase(), criminalCase.id(), VictimRole.INJURED_PARTY, null)));
        VictimViews.VictimView seen = SignedIn.as(investigator, () -> victimDetails.get(consenting.id()));
        assertThat(seen.cases()).singleElement().satisfies(link -> {
            assertThat(link.erdrNumber()).isEqualTo(criminalCase.erdrNumber());
            assertThat(link.role()).isEqualTo(VictimRole.INJURED_PARTY);
        });
        assertThat(seen.maySeePersonalData()).isTrue();
        assertThat(SignedIn.as(investigator, () -> persons.maySee(new PersonId(consenting.personId())))).isTrue();
        assertThat(SignedIn.as(investigator, () -> caseDetails.victimsOf(criminalCase.id())))
                .extracting(CaseViews.VictimLink::victimId).containsExactly(consenting.id());
        assertThat(audit.action("CASE_VICTIM_LINKED").target(criminalCase.id()).count()).isEqualTo(1);
        // the link lets the police extend a foreign victim's reflection period to the end of the trial
        QorgauUser inspector = users.demo("inspector");
        SignedIn.as(inspector, () -> victims.startReflectionPeriod(consenting.id()));
        VictimViews.VictimView extended = SignedIn.as(inspector, () -> victims.extendReflectionPeriod(consenting.id(),
                new VictimCommands.ReflectionExtension(null, LocalDate.of(2027, 6, 30))));
        assertThat(extended.reflection().endsOn()).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void deadlinesOfForeignVictimsAreShownToTheirOrganisation() {
        QorgauUser inspector = users.demo("inspector");
        long person = SignedIn.as(inspector, () -> persons.register(SyntheticPersons.complete())).value();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        LocalDate identified = today.minusMonths(6).plusDays(10);
        VictimViews.VictimView victim = SignedIn.as(inspector, () -> victims.register(
                SyntheticVictims.identified(person, identified, null)));
        SignedIn.as(inspector, () -> victims.startReflectionPeriod(victim.id()));
        assertThat(SignedIn.as(inspector, () -> victimList.deadlines()))
                .filteredOn(item -> item.victimId() == victim.id()).singleElement().satisfies(item -> {
                    assertThat(item.kind()).isEqualTo(DeadlineKind.REFLECTION_PERIOD_ENDS);
                    assertThat(item.dueOn()).isEqualTo(identified.plusMonths(6));
                    assertThat(item.overdue()).isFalse();
                });
        QorgauUser caseworker = users.demo("caseworker");
        assertThat(SignedIn.as(caseworker, () -> victimList.deadlines()))
                .noneMatch(item -> item.victimId() == victim.id());
    }

    /**
     * An entitlement or a testimony is a row of its own: recording the next one, and saving the record itself,
     * inserts or updates only what changed; the rows recorded before keep their physical version (PostgreSQL's
     * {@code xmin}, the transaction that wrote them, and {@code ctid}, their place), which a delete and re-insert
     * would change.
     */
    @Test
    void recordingAnEntryDoesNotRewriteTheEntriesRecordedBefore() {
        VictimViews.VictimView victim = screenedByInspector(null);
        QorgauUser inspector = users.demo("inspector");
        SignedIn.as(inspector, () -> victims.applyForPermit(victim.id(),
                new VictimCommands.PermitApplication(PermitKind.TEMPORARY_RESIDENCE, SCREENED.plusDays(1))));
        SignedIn.as(inspector, () -> victims.recordTestimony(victim.id(), new VictimCommands.Testimony(
                SCREENED.plusDays(2), null, InterviewPlace.POLICE, true, false)));
        SignedIn.as(inspector, () -> victims.fileCompensation(victim.id(), new VictimCommands.CompensationFiling(
                CompensationRoute.CIVIL_CLAIM_IN_CRIMINAL_CASE, null, SCREENED.plusDays(3), 1_000_000L)));
        List<String> before = rowVersions(victim.id());
        assertThat(before).hasSize(3);

        SignedIn.as(inspector, () -> victims.applyForPermit(victim.id(),
                new VictimCommands.PermitApplication(PermitKind.WORK, SCREENED.plusDays(4))));
        SignedIn.as(inspector, () -> victims.recordTestimony(victim.id(), new VictimCommands.Testimony(
                SCREENED.plusDays(5), null, InterviewPlace.COURT, false, true)));
        SignedIn.as(inspector, () -> victims.decideStatus(victim.id(), new VictimCommands.StatusDecision(
                TraffickingStatus.CONFIRMED, SCREENED.plusDays(6), "Synthetic confirmation.")));

        List<String> appended = rowVersions(victim.id());
        assertThat(appended).hasSize(5).containsAll(before);
        VictimViews.VictimView after = SignedIn.as(inspector, () -> victimDetails.get(victim.id()));
        assertThat(after.permits()).extracting(VictimViews.PermitView::seq, VictimViews.PermitView::kind)
                .containsExactly(Tuple.tuple(0, PermitKind.TEMPORARY_RESIDENCE),
                        Tuple.tuple(1, PermitKind.WORK));
        assertThat(after.testimonies()).extracting(VictimViews.TestimonyView::place)
                .containsExactly(InterviewPlace.POLICE, InterviewPlace.COURT);

        // deciding a permit updates its own row, and only that one
        List<String> workPermit = rowVersions(victim.id(), "victims_permit", 1);
        SignedIn.as(inspector, () -> victims.decidePermit(victim.id(), new VictimCommands.PermitDecision(1,
                PermitOutcome.REFUSED, SCREENED.plusDays(7), null)));
        List<String> decided = rowVersions(victim.id());
        assertThat(decided).hasSize(5).doesNotContainAnyElementsOf(workPermit);
        assertThat(decided).containsAll(appended.stream().filter(version -> !workPermit.contains(version)).toList());
    }

    /** The physical version of each entry row of the victim (table, number, ctid, xmin). */
    List<String> rowVersions(long victimId) {
        List<String> versions = new ArrayList<>();
        for (String table : List.of("victims_permit", "victims_interview", "victims_compensation")) {
            versions.addAll(jdbc.sql("select '" + table + "/' || seq || '/' || ctid::text || '/' || xmin::text from "
                    + table + " where victim_id = ? order by seq").param(victimId).query(String.class).list());
        }
        return versions;
    }

    List<String> rowVersions(long victimId, String table, int seq) {
        return jdbc.sql("select '" + table + "/' || seq || '/' || ctid::text || '/' || xmin::text from " + table
                + " where victim_id = ? and seq = ?").param(victimId).param(seq).query(String.class).list();
    }
}
