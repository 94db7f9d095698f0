package kz.qorgau.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.victims.SituationAspect.Agreement;
import kz.qorgau.victims.SituationAspect.Facts;

/**
 * The rules of merging two victim records of one situation: how far two records agree on each aspect the reviewer
 * sees, and the merge itself, which keeps the record identified first and can be undone once.
 */
class SituationMergeTests {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private static Facts facts(LocalDate identifiedOn, Set<String> forms, Set<String> countries, String region) {
        return new Facts(identifiedOn, forms, countries, region);
    }

    @Test
    void identificationsAcrossTheTurnOfAYearAreCloseButNotOfOneYear() {
        Facts december = facts(LocalDate.of(2025, 12, 10), Set.of(), Set.of(), null);
        Facts january = facts(LocalDate.of(2026, 1, 20), Set.of(), Set.of(), null);
        assertThat(SituationAspect.IDENTIFIED_SAME_YEAR.of(december, january)).isEqualTo(Agreement.DISAGREE);
        assertThat(SituationAspect.IDENTIFIED_WITHIN_90_DAYS.of(december, january)).isEqualTo(Agreement.AGREE);
        assertThat(SituationAspect.IDENTIFIED_WITHIN_90_DAYS.of(january, december)).isEqualTo(Agreement.AGREE);
    }

    @Test
    void ninetyDaysApartAreCloseAndNinetyOneAreNot() {
        Facts first = facts(LocalDate.of(2026, 1, 1), Set.of(), Set.of(), null);
        assertThat(SituationAspect.IDENTIFIED_WITHIN_90_DAYS.of(first, facts(LocalDate.of(2026, 4, 1), Set.of(), Set
                .of(), null))).isEqualTo(Agreement.AGREE);
        assertThat(SituationAspect.IDENTIFIED_WITHIN_90_DAYS.of(first, facts(LocalDate.of(2026, 4, 2), Set.of(), Set
                .of(), null))).isEqualTo(Agreement.DISAGREE);
        assertThat(SituationAspect.IDENTIFIED_SAME_YEAR.of(first, facts(LocalDate.of(2026, 12, 31), Set.of(), Set
                .of(), null))).isEqualTo(Agreement.AGREE);
        assertThat(SituationAspect.IDENTIFIED_SAME_YEAR.of(first, facts(null, Set.of(), Set.of(), null))).isEqualTo(
                Agreement.NOT_RECORDED);
    }

    @Test
    void formsAndCountriesAgreeWhenOneIsOnBothAndAreNotRecordedWhenEitherHasNone() {
        Facts labour = facts(null, Set.of("FORCED_LABOUR", "DEBT_BONDAGE"), Set.of("KZ", "RU"), "KZ-75");
        Facts bondage = facts(null, Set.of("DEBT_BONDAGE"), Set.of("RU"), "KZ-75");
        Facts other = facts(null, Set.of("FORCED_BEGGING"), Set.of("AE"), "KZ-19");
        Facts unknown = facts(null, Set.of(), Set.of(), null);
        assertThat(SituationAspect.FORMS_OVERLAP.of(labour, bondage)).isEqualTo(Agreement.AGREE);
        assertThat(SituationAspect.FORMS_OVERLAP.of(labour, other)).isEqualTo(Agreement.DISAGREE);
        assertThat(SituationAspect.FORMS_OVERLAP.of(labour, unknown)).isEqualTo(Agreement.NOT_RECORDED);
        assertThat(SituationAspect.EXPLOITATION_COUNTRIES_OVERLAP.of(labour, bondage)).isEqualTo(Agreement.AGREE);
        assertThat(SituationAspect.EXPLOITATION_COUNTRIES_OVERLAP.of(bondage, other)).isEqualTo(Agreement.DISAGREE);
        assertThat(SituationAspect.EXPLOITATION_COUNTRIES_OVERLAP.of(unknown, other)).isEqualTo(
                Agreement.NOT_RECORDED);
        assertThat(SituationAspect.SAME_REGION.of(labour, bondage)).isEqualTo(Agreement.AGREE);
        assertThat(SituationAspect.SAME_REGION.of(labour, other)).isEqualTo(Agreement.DISAGREE);
        assertThat(SituationAspect.SAME_REGION.of(labour, unknown)).isEqualTo(Agreement.NOT_RECORDED);
    }

    /** A record with the id, identified (presumed) on the day. */
    private static Victim identified(long id, LocalDate on) {
        Victim victim = Victim.identify("V-ABCDEFG" + (char) ('A' + id), null, false, on, new StatusChange(
                TraffickingStatus.PRESUMED, on, 6, DecidingOrganisationType.POLICE, null, null, "inspector", NOW), List
                        .of(), new Victim.Actor("inspector", 6), NOW);
        ReflectionTestUtils.setField(victim, "id", id);
        return victim;
    }

    @Test
    void theRecordIdentifiedLaterIsMergedIntoTheFirstAndTheLowerIdWinsOnTheSameDay() {
        Victim december = identified(2, LocalDate.of(2025, 12, 10));
        Victim january = identified(1, LocalDate.of(2026, 1, 20));
        assertThat(december.identifiedBefore(january)).isTrue();
        assertThatThrownBy(() -> december.mergeInto(january, NOW)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("survivor-identified-later");
        january.mergeInto(december, NOW);
        assertThat(january.mergedIntoId()).isEqualTo(2L);
        assertThat(december.merged()).isFalse();

        Victim sameDay = identified(3, LocalDate.of(2025, 12, 10));
        assertThat(december.identifiedBefore(sameDay)).isTrue();
        assertThat(sameDay.identifiedBefore(december)).isFalse();
    }

    @Test
    void aRecordIsMergedOnceIntoARecordNotMergedItselfAndNeverIntoItself() {
        Victim first = identified(1, LocalDate.of(2025, 12, 10));
        Victim second = identified(2, LocalDate.of(2026, 1, 20));
        Victim third = identified(3, LocalDate.of(2026, 2, 1));
        assertThatThrownBy(() -> first.mergeInto(first, NOW)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("itself");
        second.mergeInto(first, NOW);
        assertThatThrownBy(() -> second.mergeInto(first, NOW)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("decided");
        assertThatThrownBy(() -> third.mergeInto(second, NOW)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("decided");
    }

    @Test
    void aRecordNeverIdentifiedIsNotMerged() {
        Victim identified = identified(1, LocalDate.of(2025, 12, 10));
        Victim possible = Victim.identify("V-ABCDEFGZ", null, false, LocalDate.of(2025, 12, 11), new StatusChange(
                TraffickingStatus.POSSIBLE, LocalDate.of(2025, 12, 11), 6, DecidingOrganisationType.POLICE, null, null,
                "inspector", NOW), List.of(), new Victim.Actor("inspector", 6), NOW);
        ReflectionTestUtils.setField(possible, "id", 2L);
        assertThatThrownBy(() -> possible.mergeInto(identified, NOW)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not-identified");
    }

    @Test
    void aMergeIsUndoneOnceAndOnlyFromItsSurvivor() {
        Victim first = identified(1, LocalDate.of(2025, 12, 10));
        Victim second = identified(2, LocalDate.of(2026, 1, 20));
        second.mergeInto(first, NOW);
        VictimMerge merge = VictimMerge.of(first, second, 7, NOW);
        assertThatThrownBy(() -> second.separateFrom(3, NOW)).isInstanceOf(RuleViolationException.class);
        merge.undo(7, NOW.plusSeconds(60));
        second.separateFrom(1, NOW.plusSeconds(60));
        assertThat(second.merged()).isFalse();
        assertThat(merge.active()).isFalse();
        assertThatThrownBy(() -> merge.undo(7, NOW.plusSeconds(120))).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> second.separateFrom(1, NOW)).isInstanceOf(RuleViolationException.class);
    }
}
