package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.TestUsers;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.persons.DuplicateReview;
import kz.qorgau.persons.PersonDetails;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Sex;
import kz.qorgau.victims.SituationAspect;
import kz.qorgau.victims.SituationPairs;
import kz.qorgau.victims.SituationReview;
import kz.qorgau.victims.SyntheticVictims;
import kz.qorgau.victims.VictimDetails;
import kz.qorgau.victims.VictimRegistry;

/**
 * Each trafficking situation counted once, whichever agencies recorded it: one woman met by the Almaty police in
 * December 2005 and by the consulate in January 2006, each of which registers her and opens a victim record of the same
 * situation. Once the person records are merged she is one person, yet counted in both years; a supervisor who
 * decides the two victim records are one situation merges the later into the first, and 2006 counts one victim fewer,
 * with one more record of a person already counted, and the CTDC export leaves the record out; undoing restores it;
 * "different situations" is remembered. The reviewer sees only the records' references, registrants and how far they
 * agree; a reviewer whose regions do not cover both registrants never sees the pair; the merge opens neither record
 * to the other's agency. Everything in a transaction that is rolled back, in 2005 and 2006, years no other test counts.
 */
@QorgauTest
class SituationsCountedOnceTests extends FullTest {

    static final LocalDate DECEMBER = LocalDate.of(2005, 12, 10);
    static final LocalDate JANUARY = LocalDate.of(2006, 1, 20);
    static final String IDENTIFIED = "victims.identified";
    static final String REPEATED = "victims.identified_records_of_persons_counted";

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ProtectionIndicators protection;
    @Autowired
    PersonRegistry persons;
    @Autowired
    DuplicateReview duplicates;
    @Autowired
    VictimRegistry victims;
    @Autowired
    VictimDetails details;
    @Autowired
    SituationPairs pairs;
    @Autowired
    SituationReview review;

    /** Two victim records, the first identified in December, the second in January. */
    record Situation(long first, long second) {
    }

    private void rolledBack(Runnable scenario) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            scenario.run();
        });
    }

    private long figure(int year, String code) {
        return protection.compute(new StatisticsQuery(year, null), wanted -> true).get(code).longValue();
    }

    /** The figures of the two years: identified and repeated records of each. */
    private Map<String, Long> figures() {
        return Map.of("2005", figure(2005, IDENTIFIED), "2006", figure(2006, IDENTIFIED), "2005r", figure(2005,
                REPEATED), "2006r", figure(2006, REPEATED));
    }

    /** Records of the CTDC export identified on the day, and those of them that are their person's first of the year. */
    private long[] ctdc(LocalDate day) {
        return jdbc.sql("""
                select count(*), count(*) filter (where first_of_person_in_year) from statistics_ctdc_victim
                where identified_on = ?""").param(day).query((rs, n) -> new long[]{ rs.getLong(1), rs.getLong(2) })
                .single();
    }

    /**
     * One woman registered by each agency (in Cyrillic and in a passport's Latin), each with a victim record of the
     * same situation, and the person records merged by the national supervisor.
     */
    private Situation metTwice(QorgauUser first, QorgauUser second) {
        long one = SignedIn.as(first, () -> persons.register(new PersonDetails("Сейітова", "Жанар", null, LocalDate
                .of(1994, 3, 12), Sex.FEMALE, Set.of(CountryCode.KAZAKHSTAN), null, List.of(), null, null, null)))
                .value();
        long other = SignedIn.as(second, () -> persons.register(new PersonDetails("Seitova", "Zhanar", null, LocalDate
                .of(1994, 12, 3), Sex.FEMALE, Set.of(CountryCode.KAZAKHSTAN), null, List.of(), null, null, null)))
                .value();
        long firstRecord = SignedIn.as(first, () -> victims.register(SyntheticVictims.identified(one, DECEMBER,
                null))).id();
        long secondRecord = SignedIn.as(second, () -> victims.register(SyntheticVictims.identified(other, JANUARY,
                null))).id();
        long pair = jdbc.sql("select id from persons_duplicate where first_person_id = ? and second_person_id = ?")
                .params(Math.min(one, other), Math.max(one, other)).query(Long.class).single();
        SignedIn.run(users.demo("supervisor"), () -> duplicates.decide(pair, DuplicateReview.Decision.SAME));
        return new Situation(firstRecord, secondRecord);
    }

    private boolean queued(QorgauUser reviewer, Situation situation) {
        return SignedIn.as(reviewer, () -> pairs.queue(PageRequest.of(0, 500))).items().stream().anyMatch(
                pair -> pair.first().id() == situation.first() && pair.second().id() == situation.second());
    }

    private void decide(QorgauUser reviewer, Situation situation, SituationReview.Decision decision) {
        SignedIn.as(reviewer, () -> review.decide(situation.first(), situation.second(), decision));
    }

    /** The record the victim record is merged into, 0 for none. */
    private long mergedInto(long victim) {
        return jdbc.sql("select coalesce(merged_into_id, 0) from victims_victim where id = ?").param(victim).query(
                Long.class).single();
    }

    @Test
    void aMergedRecordCountsItsSituationThroughTheFirstAndUndoingTheMergeCountsItAgain() {
        QorgauUser supervisor = users.demo("supervisor");
        rolledBack(() -> {
            Map<String, Long> before = figures();
            Situation situation = metTwice(users.demo("investigator"), users.demo("consul"));
            String firstReference = reference(situation.first());
            String secondReference = reference(situation.second());

            // one person, counted in each year: the situation twice
            Map<String, Long> personsMerged = figures();
            assertThat(personsMerged.get("2005") - before.get("2005")).isEqualTo(1);
            assertThat(personsMerged.get("2006") - before.get("2006")).isEqualTo(1);
            assertThat(personsMerged.get("2006r")).isEqualTo(before.get("2006r"));
            long[] ctdcBefore = ctdc(JANUARY);
            assertThat(queued(supervisor, situation)).isTrue();

            // the reviewer sees the references, the registrants and the agreement of each aspect; never a value, and
            // neither record, which the supervisor may not read
            SituationPairs.Pair shown = SignedIn.as(supervisor, () -> pairs.pair(situation.first(), situation
                    .second()));
            assertThat(shown.first().reference()).isEqualTo(firstReference);
            assertThat(shown.second().reference()).isEqualTo(secondReference);
            assertThat(shown.first().registeredBy().nameRu()).isEqualTo(DemoOrganisations.POLICE_ALMATY);
            assertThat(shown.second().registeredBy().nameRu()).isEqualTo(DemoOrganisations.CONSULATE);
            assertThat(shown.first().maySee()).isFalse();
            assertThat(shown.second().maySee()).isFalse();
            assertThat(shown.aspects()).containsExactlyInAnyOrderEntriesOf(Map.of(
                    SituationAspect.IDENTIFIED_SAME_YEAR, SituationAspect.Agreement.DISAGREE,
                    SituationAspect.IDENTIFIED_WITHIN_90_DAYS, SituationAspect.Agreement.AGREE,
                    SituationAspect.FORMS_OVERLAP, SituationAspect.Agreement.AGREE,
                    SituationAspect.EXPLOITATION_COUNTRIES_OVERLAP, SituationAspect.Agreement.AGREE,
                    SituationAspect.SAME_REGION, SituationAspect.Agreement.AGREE));
            // the same pair whichever way round it is asked for
            assertThat(SignedIn.as(supervisor, () -> pairs.pair(situation.second(), situation.first())).first().id())
                    .isEqualTo(situation.first());

            // one situation: the January record is merged into the December one
            decide(supervisor, situation, SituationReview.Decision.SAME);
            assertThat(mergedInto(situation.second())).isEqualTo(situation.first());
            assertThat(mergedInto(situation.first())).isZero();
            Map<String, Long> merged = figures();
            assertThat(merged.get("2006") - before.get("2006")).as("2006 counts the situation no more").isZero();
            assertThat(merged.get("2006r") - before.get("2006r")).as("a record of a person already counted")
                    .isEqualTo(1);
            assertThat(merged.get("2005") - before.get("2005")).as("2005 still counts it").isEqualTo(1);
            assertThat(merged.get("2005r")).isEqualTo(before.get("2005r"));
            long[] ctdcMerged = ctdc(JANUARY);
            assertThat(ctdcMerged[0]).isEqualTo(ctdcBefore[0]);
            assertThat(ctdcMerged[1]).as("first of its person in 2006 no more").isEqualTo(ctdcBefore[1] - 1);
            assertThat(queued(supervisor, situation)).isFalse();
            assertThat(SignedIn.as(supervisor, () -> pairs.pair(situation.first(), situation.second())).state())
                    .isEqualTo(SituationPairs.State.MERGED);
            assertThatThrownBy(() -> decide(supervisor, situation, SituationReview.Decision.DIFFERENT))
                    .isInstanceOf(RuleViolationException.class);
            assertThat(audit.action("VICTIMS_MERGED").by("supervisor").record("victim", situation.second())
                    .detailsContaining(firstReference).count()).isEqualTo(1);

            // the merge opens nothing: each agency still sees its own record only
            assertThatThrownBy(() -> SignedIn.as(users.demo("consul"), () -> details.get(situation.first())))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> SignedIn.as(users.demo("investigator"), () -> details.get(situation.second())))
                    .isInstanceOf(NotFoundException.class);
            assertThat(SignedIn.as(users.demo("consul"), () -> details.get(situation.second())).reference())
                    .isEqualTo(secondReference);

            // undone: counted in both years again, and the pair awaits a decision again
            SituationPairs.Merge merge = SignedIn.as(supervisor, () -> pairs.merges(PageRequest.of(0, 50))).items()
                    .stream().filter(item -> item.merged().id() == situation.second()).findFirst().orElseThrow();
            assertThat(merge.active()).isTrue();
            assertThat(merge.samePerson()).isTrue();
            assertThat(merge.survivor().id()).isEqualTo(situation.first());
            SignedIn.run(supervisor, () -> review.undo(merge.id()));
            assertThat(mergedInto(situation.second())).isZero();
            assertThat(figures()).isEqualTo(personsMerged);
            assertThat(ctdc(JANUARY)).containsExactly(ctdcBefore);
            assertThat(queued(supervisor, situation)).isTrue();
            assertThatThrownBy(() -> SignedIn.run(supervisor, () -> review.undo(merge.id()))).isInstanceOf(
                    RuleViolationException.class);
            assertThat(audit.action("VICTIMS_UNMERGED").by("supervisor").record("victim", situation.second())
                    .count()).isEqualTo(1);

            // different situations: remembered, never proposed again, both counted
            decide(supervisor, situation, SituationReview.Decision.DIFFERENT);
            assertThat(queued(supervisor, situation)).isFalse();
            assertThat(SignedIn.as(supervisor, () -> pairs.pair(situation.first(), situation.second())).state())
                    .isEqualTo(SituationPairs.State.DIFFERENT);
            assertThatThrownBy(() -> decide(supervisor, situation, SituationReview.Decision.SAME))
                    .isInstanceOf(RuleViolationException.class);
            assertThat(figures()).isEqualTo(personsMerged);
            assertThat(audit.action("VICTIMS_KEPT_APART").by("supervisor").record("victim", situation.first())
                    .detailsContaining(secondReference).count()).isEqualTo(1);
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
        QorgauUser supervisor = users.demo("supervisor");
        rolledBack(() -> {
            // the police of Almaty and the consulate (national): only a reviewer of national scope
            Situation withConsulate = metTwice(users.demo("investigator"), users.demo("consul"));
            assertThat(queued(supervisor, withConsulate)).isTrue();
            assertThat(queued(ofAlmaty, withConsulate)).isFalse();
            assertThatThrownBy(() -> SignedIn.as(ofAlmaty, () -> pairs.pair(withConsulate.first(), withConsulate
                    .second()))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> decide(ofAlmaty, withConsulate, SituationReview.Decision.SAME))
                    .isInstanceOf(NotFoundException.class);
            long merge = SignedIn.as(supervisor, () -> review.decide(withConsulate.first(), withConsulate.second(),
                    SituationReview.Decision.SAME));
            assertThat(SignedIn.as(ofAlmaty, () -> pairs.merges(PageRequest.of(0, 500))).items()).noneMatch(
                    item -> item.id() == merge);
            assertThatThrownBy(() -> SignedIn.run(ofAlmaty, () -> review.undo(merge))).isInstanceOf(
                    NotFoundException.class);
            assertThat(mergedInto(withConsulate.second())).isEqualTo(withConsulate.first());

            // the police of Almaty and an Almaty shelter: Almaty's reviewer too, never Astana's
            Situation inAlmaty = metTwice(users.demo("investigator"), users.demo("caseworker"));
            assertThat(queued(ofAlmaty, inAlmaty)).isTrue();
            assertThat(queued(ofAstana, inAlmaty)).isFalse();
            assertThatThrownBy(() -> SignedIn.as(ofAstana, () -> pairs.pair(inAlmaty.first(), inAlmaty.second())))
                    .isInstanceOf(NotFoundException.class);
            assertThat(SignedIn.as(ofAlmaty, () -> pairs.pair(inAlmaty.first(), inAlmaty.second())).awaiting())
                    .isTrue();

            // records of two different persons are no pair, even in scope
            assertThatThrownBy(() -> SignedIn.as(supervisor, () -> pairs.pair(withConsulate.first(), inAlmaty
                    .second()))).isInstanceOf(NotFoundException.class);

            // who may not review, may not ask
            assertThatThrownBy(() -> SignedIn.as(users.demo("investigator"), () -> pairs.queue(PageRequest.of(0,
                    10)))).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void thePagesShowTheQueueThePairWithoutAValueTheDecisionAndTheUndoing() {
        QorgauUser supervisor = users.demo("supervisor");
        String almaty = TestUsers.username("sup75-");
        users.create(almaty, DemoOrganisations.POLICE_ALMATY, Role.SUPERVISOR, "KZ-75");
        QorgauUser ofAlmaty = users.demo(almaty);
        rolledBack(() -> {
            try {
                Situation situation = metTwice(users.demo("investigator"), users.demo("consul"));
                String path = "/victims/merges/pairs/" + situation.first() + "/" + situation.second();
                Document queue = page(get("/victims/merges"), supervisor);
                assertThat(queue.select("#pairs a[href='" + path + "']")).hasSize(1);
                assertThat(page(get("/"), supervisor).select("a[href='/victims/merges']")).isNotEmpty();

                Document pair = page(get(path), supervisor);
                assertThat(pair.select("#first-side").text()).contains(reference(situation.first())).contains(
                        DemoOrganisations.POLICE_ALMATY);
                assertThat(pair.select("#aspects tbody td").eachText()).containsExactly("не совпадает", "совпадает",
                        "совпадает", "совпадает", "совпадает");
                // no value of either record: not the days, the region, the form or the country
                assertThat(pair.select("main").text()).doesNotContain("2005").doesNotContain("2006").doesNotContain(
                        "KZ-19").doesNotContain("Принудительный").doesNotContain("Казахстан");
                assertThat(pair.select("#decide input[name=decision]").eachAttr("value")).containsExactly("SAME",
                        "DIFFERENT");
                mvc.perform(get(path).with(user(ofAlmaty))).andExpect(status().isNotFound());
                mvc.perform(post(path).with(csrf()).param("decision", "SAME").with(user(ofAlmaty))).andExpect(status()
                        .isNotFound());
                assertThat(mergedInto(situation.second())).isZero();

                mvc.perform(post(path).with(csrf()).with(user(supervisor))).andExpect(redirectedUrl(path));
                mvc.perform(post(path).with(csrf()).param("decision", "SAME").with(user(supervisor))).andExpect(
                        redirectedUrl("/victims/merges"));
                assertThat(mergedInto(situation.second())).isEqualTo(situation.first());
                assertThat(page(get(path), supervisor).select("#decided")).hasSize(1);

                Document merges = page(get("/victims/merges/merged"), supervisor);
                String undo = merges.select("#merges form[action$='/undo']").attr("action");
                assertThat(merges.select("#merges").text()).contains(reference(situation.first())).contains(
                        reference(situation.second()));
                assertThat(merges.select("#merges form[action$='/undo']").attr("data-confirm")).isNotBlank();
                mvc.perform(post(undo).with(csrf()).with(user(ofAlmaty))).andExpect(status().isNotFound());
                mvc.perform(post(undo).with(csrf()).with(user(supervisor))).andExpect(redirectedUrl(
                        "/victims/merges/merged"));
                assertThat(mergedInto(situation.second())).isZero();
                mvc.perform(get("/victims/merges").with(user(users.demo("investigator")))).andExpect(status()
                        .isForbidden());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private String reference(long victim) {
        return jdbc.sql("select reference from victims_victim where id = ?").param(victim).query(String.class)
                .single();
    }
}
