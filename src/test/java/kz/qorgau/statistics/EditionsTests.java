package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;

import kz.qorgau.ModuleDatabase;
import kz.qorgau.SignedIn;
import kz.qorgau.Staff;
import kz.qorgau.audit.AuditAssertions;
import kz.qorgau.cases.CaseBuilder;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.cases.CriminalCases;
import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.FeatureException;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Today;

/**
 * Published editions on a database of their own: an edition is a frozen snapshot whose digest is in the audit trail
 * and whose files are kept byte for byte; a conviction recorded after publishing leaves it as it was and makes a
 * revision that names the figure (6 → 7) and the case; the revision is published as the next edition only with a note,
 * and not at all when nothing moved; a year that has not ended is refused; the database refuses any change to an
 * edition; publishing needs its permission. The tests build in 2017, a year no other test of the module uses.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ModuleDatabase
class EditionsTests {

    static final int YEAR = 2017;

    final Editions editions;
    final CaseBuilder cases;
    final Staff staff;
    final JdbcClient jdbc;
    final AuditAssertions audit;
    final Today today;

    EditionsTests(Editions editions, CriminalCases criminalCases, PersonRegistry persons,
            OrganisationRegistry organisations, Accounts accounts, JdbcClient jdbc, Today today) {
        this.today = today;
        this.editions = editions;
        this.cases = new CaseBuilder(criminalCases, persons);
        this.staff = new Staff(organisations, accounts);
        this.jdbc = jdbc;
        this.audit = new AuditAssertions(jdbc);
    }

    QorgauUser analyst() {
        return staff.user(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null, Role.ANALYST);
    }

    /** A case of Almaty registered, sent to court and its defendant convicted on the days of the year. */
    CaseViews.CaseView convicted(int month, int day) {
        QorgauUser investigator = staff.investigator("KZ-75");
        QorgauUser prosecutor = staff.prosecutor("KZ-75");
        OrganisationSummary court = staff.organisation(OrganisationType.COURT, "KZ-75");
        QorgauUser clerk = staff.member(court, Role.COURT_CLERK);
        CaseViews.CaseView registered = cases.withSuspect(cases.registered(investigator, "KZ-75", LocalDate.of(YEAR,
                1, 10), ExploitationForm.SEXUAL_EXPLOITATION), investigator, LocalDate.of(YEAR, 1, 20));
        return cases.convicted(cases.sentToCourt(registered, prosecutor, court.id(), LocalDate.of(YEAR, 2, 1)), clerk,
                LocalDate.of(YEAR, month, day));
    }

    @Test
    void anEditionStaysAsPublishedAndItsRevisionNamesTheLateConviction() {
        for (int month = 3; month <= 8; month++) {
            convicted(month, 15);
        }
        QorgauUser analyst = analyst();
        Editions.Edition first = SignedIn.as(analyst, () -> editions.publish(YEAR, null));
        assertThat(first.number()).isOne();
        String snapshot = storedSnapshot(first.id());
        assertThat(first.digest()).isEqualTo(Editions.sha256(snapshot.getBytes(StandardCharsets.UTF_8)));
        assertThat(audit.action("STATISTICS_PUBLISHED").detailsContaining(first.digest()).count()).isOne();
        Map<String, byte[]> files = storedFiles(first.id());
        assertThat(files).containsOnlyKeys("report-ru.pdf", "report-kk.pdf", "report-en.pdf", "report.xlsx");
        assertThat(new String(files.get("report-kk.pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(new String(files.get("report.xlsx"), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        Editions.Contents published = SignedIn.as(analyst, () -> editions.edition(first.id()));
        assertThat(published.snapshot().figures()).containsEntry("convictions.persons", 6L);
        assertThat(published.snapshot().narratives()).containsOnlyKeys("ru", "kk", "en");

        // a conviction of the year recorded after publishing
        CaseViews.CaseView late = convicted(11, 20);

        assertThat(storedSnapshot(first.id())).as("the edition's snapshot").isEqualTo(snapshot);
        Map<String, byte[]> filesAfter = storedFiles(first.id());
        files.forEach((name, content) -> assertThat(filesAfter.get(name)).as(name).isEqualTo(content));
        assertThat(editions.file(YEAR, 1, "report-ru.pdf").orElseThrow().content()).isEqualTo(files.get(
                "report-ru.pdf"));
        assertThat(SignedIn.as(analyst, () -> editions.edition(first.id())).snapshot().figures()).containsEntry(
                "convictions.persons", 6L);

        Editions.Revision revision = SignedIn.as(analyst, () -> editions.revision(first.id()));
        assertThat(revision.latest()).isTrue();
        assertThat(revision.changes()).contains(new Editions.Change(Editions.Part.YEAR, "convictions.persons", null,
                6L, 7L, IndicatorSource.Records.Kind.CASES, 1, 0));
        assertThat(revision.changes()).as("the region's figure moved too").anyMatch(change -> change
                .part() == Editions.Part.REGION && change.code().equals("convictions.count") && change.region()
                        .equals("KZ-75"));
        assertThat(revision.changes()).as("nothing of the year before moved").noneMatch(change -> change
                .part() == Editions.Part.PREVIOUS_YEAR);
        assertThat(SignedIn.as(analyst, () -> editions.moved(first.id(), "convictions.persons", true)).orElseThrow()
                .ids()).containsExactly(late.id());
        assertThat(SignedIn.as(analyst, () -> editions.moved(first.id(), "convictions.persons", false)).orElseThrow()
                .ids()).isEmpty();

        // the next edition says what changed; then nothing has moved since it
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> editions.publish(YEAR, "  "))).isInstanceOfSatisfying(
                InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo("edition.error.note"));
        Editions.Edition second = SignedIn.as(analyst, () -> editions.publish(YEAR,
                "A conviction of November recorded late (synthetic)."));
        assertThat(second.number()).isEqualTo(2);
        assertThat(SignedIn.as(analyst, () -> editions.edition(second.id())).snapshot().figures()).containsEntry(
                "convictions.persons", 7L);
        assertThat(SignedIn.as(analyst, () -> editions.revision(first.id())).latest()).isFalse();
        assertThat(SignedIn.as(analyst, () -> editions.revision(second.id())).unchanged()).isTrue();
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> editions.publish(YEAR, "Again."))).isInstanceOfSatisfying(
                RuleViolationException.class, e -> assertThat(e.messageKey()).isEqualTo("edition.error.unchanged"));
        assertThat(editions.all()).extracting(Editions.Edition::number).containsSubsequence(2, 1);
        assertThat(editions.edition(YEAR, 1).orElseThrow().snapshot().figures()).containsEntry("convictions.persons",
                6L);

        // the database refuses to change or delete an edition, its files or its records
        for (String change : List.of("update statistics_edition set note = 'changed' where id = " + first.id(),
                "delete from statistics_edition_file where edition_id = " + first.id(),
                "update statistics_edition_records set ids = '{}' where edition_id = " + first.id())) {
            assertThatThrownBy(() -> jdbc.sql(change).update()).as(change).isInstanceOf(DataAccessException.class);
        }
        assertThat(storedSnapshot(first.id())).isEqualTo(snapshot);
    }

    @Test
    void aYearNotEndedOrBeforeTheStatisticsIsRefusedAndNothingSaved() {
        QorgauUser analyst = analyst();
        long before = jdbc.sql("select count(*) from statistics_edition").query(Long.class).single();
        int thisYear = today.year().getValue();
        for (int year : new int[]{ thisYear, thisYear + 1, 2015 }) {
            assertThatThrownBy(() -> SignedIn.as(analyst, () -> editions.publish(year, null))).as("year " + year)
                    .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo(
                            "year"));
        }
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> editions.publish(2016, "x".repeat(2001))))
                .isInstanceOf(FeatureException.class);
        assertThat(jdbc.sql("select count(*) from statistics_edition").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void publishingNeedsThePermissionThatReadingTheStatisticsDoesNotGive() {
        QorgauUser supervisor = staff.user(OrganisationType.POLICE_UNIT, null, Role.SUPERVISOR);
        assertThatThrownBy(() -> SignedIn.as(supervisor, () -> editions.publish(2016, null))).isInstanceOf(
                AccessDeniedException.class);
    }

    private String storedSnapshot(long id) {
        return jdbc.sql("select snapshot from statistics_edition where id = ?").param(id).query(String.class).single();
    }

    private Map<String, byte[]> storedFiles(long id) {
        return jdbc.sql("select name, content from statistics_edition_file where edition_id = ?").param(id).query(
                rs -> {
                    Map<String, byte[]> files = new TreeMap<>();
                    while (rs.next()) {
                        files.put(rs.getString(1), rs.getBytes(2));
                    }
                    return files;
                });
    }
}
