package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.linkage.AgreementLevel;
import kz.qorgau.persons.DuplicateReview;
import kz.qorgau.persons.PassportNumber;
import kz.qorgau.persons.PersonDetails;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Sex;
import kz.qorgau.TestUsers;
import kz.qorgau.linkage.PairExplanation;
import kz.qorgau.persons.PersonId;

/**
 * Each person counted once, whichever agencies registered them: one woman registered by the Almaty police in Cyrillic and by the consulate in
 * a passport's Latin, with day and month of birth swapped, each with a victim record identified in the year. The
 * registry proposes the pair; the victims figure counts two persons and states one possible duplicate; a supervisor
 * merges them and the figure counts one, with one record of a person already counted; undoing the merge restores
 * both; deciding "different persons" keeps the pair out of the queue even when a record is saved again. A supervisor
 * whose regions do not cover both registering organisations never sees the pair. Everything in a transaction that is
 * rolled back, in 2005, a year no other test counts.
 */
@QorgauTest
class UniquePersonsTests extends FullTest {

    static final int YEAR = 2005;
    static final String IDENTIFIED = "victims.identified";
    static final String REPEATED = "victims.identified_records_of_persons_counted";
    static final String AWAITING = "victims.identified_possible_duplicates";

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ProtectionIndicators protection;
    @Autowired
    PersonRegistry persons;
    @Autowired
    DuplicateReview review;

    private void rolledBack(Consumer<StatisticsRecords> scenario) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            scenario.accept(new StatisticsRecords(jdbc));
        });
    }

    private Map<String, Number> figures() {
        return protection.compute(new StatisticsQuery(YEAR, null), code -> true);
    }

    private long figure(Map<String, Number> figures, String code) {
        return figures.get(code).longValue();
    }

    /** The two registrations of one woman; answers the two person ids. */
    private long[] metTwice(StatisticsRecords records, QorgauUser first, QorgauUser second) {
        long police = SignedIn.as(first, () -> persons.register(new PersonDetails("Сейітова", "Жанар", null, LocalDate
                .of(1994, 3, 12), Sex.FEMALE, Set.of(CountryCode.KAZAKHSTAN), null, List.of(), null, null, null)))
                .value();
        long consulate = SignedIn.as(second, () -> persons.register(new PersonDetails("Seitova", "Zhanar", null,
                LocalDate.of(1994, 12, 3), Sex.FEMALE, Set.of(CountryCode.KAZAKHSTAN), null, List.of(), null, null,
                null))).value();
        records.victim("KZ-75", "FEMALE", 11, true, police, LocalDate.of(YEAR, 4, 2));
        records.victim("KZ-75", "FEMALE", 11, true, consulate, LocalDate.of(YEAR, 5, 20));
        return new long[]{ police, consulate };
    }

    private long pairOf(long[] ids) {
        return jdbc.sql("select id from persons_duplicate where first_person_id = ? and second_person_id = ?")
                .params(Math.min(ids[0], ids[1]), Math.max(ids[0], ids[1])).query(Long.class).single();
    }

    private boolean queued(QorgauUser reviewer, long pair) {
        return SignedIn.as(reviewer, () -> review.queue(PageRequest.of(0, 500), null)).items().stream()
                .anyMatch(item -> item.id() == pair);
    }

    @Test
    void aMergedPairCountsOnceAndUndoingTheMergeCountsTwiceAgain() {
        QorgauUser supervisor = users.demo("supervisor");
        rolledBack(records -> {
            Map<String, Number> before = figures();
            long[] ids = metTwice(records, users.demo("investigator"), users.demo("consul"));
            long pair = pairOf(ids);
            Map<String, Number> registered = figures();
            assertThat(figure(registered, IDENTIFIED) - figure(before, IDENTIFIED)).isEqualTo(2);
            assertThat(figure(registered, AWAITING) - figure(before, AWAITING)).isEqualTo(1);
            assertThat(figure(registered, REPEATED)).isEqualTo(figure(before, REPEATED));

            // the reviewer sees how far each field agrees, never a value
            DuplicateReview.Pair shown = SignedIn.as(supervisor, () -> review.pair(pair));
            assertThat(shown.explanation().fields()).extracting(field -> field.field() + "=" + field.level())
                    .containsExactly("surname=" + AgreementLevel.EXACT, "givenName=" + AgreementLevel.EXACT,
                            "birthDate=" + AgreementLevel.CLOSE, "citizenship="
                                    + AgreementLevel.EXACT, "document=" + AgreementLevel.MISSING);
            assertThat(shown.explanation().decision()).isNotEqualTo(PairExplanation.Decision.NON_MATCH);
            // the names agree exactly: their weights take how common each name is, from the names' keys alone
            assertThat(shown.explanation().fields().subList(0, 2)).allMatch(
                    PairExplanation.Evidence::termFrequencyAdjusted);
            assertThat(jdbc.sql("select probability from persons_duplicate where id = :id").param("id", pair).query(
                    Double.class).single()).as("the stored score is the one explained").isCloseTo(shown.explanation()
                            .probability(), within(1e-9));
            assertThat(queued(supervisor, pair)).isTrue();

            SignedIn.as(supervisor, () -> {
                review.decide(pair, DuplicateReview.Decision.SAME);
                return null;
            });
            Map<String, Number> merged = figures();
            assertThat(figure(merged, IDENTIFIED) - figure(before, IDENTIFIED)).isEqualTo(1);
            assertThat(figure(merged, REPEATED) - figure(before, REPEATED)).isEqualTo(1);
            assertThat(figure(merged, AWAITING)).isEqualTo(figure(before, AWAITING));
            assertThat(queued(supervisor, pair)).isFalse();
            assertThat(audit.action("PERSONS_MERGED").by("supervisor").count()).isPositive();
            assertThatThrownBy(() -> SignedIn.as(supervisor, () -> {
                review.decide(pair, DuplicateReview.Decision.DIFFERENT);
                return null;
            })).isInstanceOf(RuleViolationException.class);

            long merge = SignedIn.as(supervisor, () -> review.merges(PageRequest.of(0, 50))).items().stream()
                    .filter(item -> item.duplicateId() == pair).findFirst().orElseThrow().id();
            SignedIn.as(supervisor, () -> {
                review.unmerge(merge);
                return null;
            });
            Map<String, Number> undone = figures();
            assertThat(figure(undone, IDENTIFIED) - figure(before, IDENTIFIED)).isEqualTo(2);
            assertThat(figure(undone, REPEATED)).isEqualTo(figure(before, REPEATED));
            assertThat(figure(undone, AWAITING) - figure(before, AWAITING)).isEqualTo(1);
            assertThat(queued(supervisor, pair)).isTrue();
            assertThat(audit.action("PERSONS_UNMERGED").by("supervisor").count()).isPositive();

            // different persons: never proposed again, even when a record is saved again
            SignedIn.as(supervisor, () -> {
                review.decide(pair, DuplicateReview.Decision.DIFFERENT);
                return null;
            });
            SignedIn.as(users.demo("consul"), () -> persons.update(new PersonId(ids[1]),
                    new PersonDetails("Seitova", "Zhanar", null, LocalDate.of(1994, 12, 3), Sex.FEMALE, Set.of(
                            CountryCode.KAZAKHSTAN), null, List.of(), "+77010000000", null, null)));
            assertThat(queued(supervisor, pair)).isFalse();
            assertThat(figure(figures(), AWAITING)).isEqualTo(figure(before, AWAITING));
        });
    }

    @Test
    void aReviewerSeesOnlyPairsWhoseRegistrantsTheirRegionsCover() {
        String almaty = TestUsers.username("sup75-");
        String astana = TestUsers.username("sup71-");
        users.create(almaty, DemoOrganisations.POLICE_ALMATY, Role.SUPERVISOR, "KZ-75");
        users.create(astana, DemoOrganisations.POLICE_ALMATY, Role.SUPERVISOR, "KZ-71");
        QorgauUser ofAlmaty = users.demo(almaty);
        QorgauUser ofAstana = users.demo(astana);
        rolledBack(records -> {
            // the police of Almaty and the consulate (national): only a reviewer of national scope
            long withConsulate = pairOf(metTwice(records, users.demo("investigator"), users.demo("consul")));
            assertThat(queued(users.demo("supervisor"), withConsulate)).isTrue();
            assertThat(queued(ofAlmaty, withConsulate)).isFalse();
            assertThatThrownBy(() -> SignedIn.as(ofAlmaty, () -> review.pair(withConsulate)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> SignedIn.as(ofAlmaty, () -> {
                review.decide(withConsulate, DuplicateReview.Decision.SAME);
                return null;
            })).isInstanceOf(NotFoundException.class);

            // the police of Almaty and an Almaty shelter: Almaty's reviewer too, never Astana's
            long inAlmaty = pairOf(metTwice(records, users.demo("investigator"), users.demo("caseworker")));
            assertThat(queued(ofAlmaty, inAlmaty)).isTrue();
            assertThat(queued(ofAstana, inAlmaty)).isFalse();
            assertThatThrownBy(() -> SignedIn.as(ofAstana, () -> review.pair(inAlmaty)))
                    .isInstanceOf(NotFoundException.class);
            // the pair view names the registrants and opens neither side's data to a reviewer who may not see it
            DuplicateReview.Pair shown = SignedIn.as(ofAlmaty, () -> review.pair(inAlmaty));
            assertThat(shown.first().maySee()).isFalse();
            assertThat(shown.second().maySee()).isFalse();

            // who may not review, may not ask
            assertThatThrownBy(() -> SignedIn.as(users.demo("investigator"), () -> review.queue(PageRequest.of(0,
                    10), null))).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void noTableHoldsAPlaintextNameDateOfBirthOrDocumentNumberOfAPersonSaved() {
        rolledBack(records -> {
            long id = SignedIn.as(users.demo("investigator"), () -> persons.register(new PersonDetails("Қорғаутестова",
                    "Өмірзақия", null, LocalDate.of(1931, 2, 27), Sex.FEMALE, Set.of(CountryCode.KAZAKHSTAN), null,
                    List.of(new PassportNumber("N31022799", CountryCode.KAZAKHSTAN)), null, null, null))).value();
            assertThat(jdbc.sql("select count(*) from persons_linkage_key where person_id = ?").param(id).query(
                    Long.class).single()).as("its keyed features").isPositive();
            List<String> tables = jdbc.sql("""
                    select table_name from information_schema.tables
                    where table_schema = current_schema() and table_type = 'BASE TABLE'""").query(String.class)
                    .list();
            // the names as written, as folded to Latin, the date in its forms, the document number
            for (String needle : List.of("Қорғаутестова", "Өмірзақия", "korgautestov", "omirzakia", "1931-02-27",
                    "19310227", "27.02.1931", "N31022799")) {
                for (String table : tables) {
                    assertThat(jdbc.sql("select count(*) from " + table + " t where t::text ilike :needle")
                            .param("needle", "%" + needle + "%").query(Long.class).single())
                            .as("%s in %s", needle, table).isZero();
                }
            }
        });
    }
}
