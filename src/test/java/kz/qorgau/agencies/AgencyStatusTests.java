package kz.qorgau.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.shared.Today;

/**
 * The statistics count an agency's licence status on a day in SQL ({@code statistics_agency_status}); the register's
 * pages and the public check compute it in Java ({@link Licence}). On every agency of the demo register, on the days
 * around its issue, expiry and each decision and today, the two agree.
 */
@QorgauTest
class AgencyStatusTests extends FullTest {

    @Autowired
    LicenceDecisions decisions;
    @Autowired
    Today today;

    record Registered(long id, LocalDate issuedOn, LocalDate expiresOn) {
    }

    @Test
    void theStatisticsViewAndTheDomainAgreeOnEveryDayThatMatters() {
        List<Registered> agencies = jdbc.sql("select id, licence_issued_on, licence_expires_on from agencies_agency")
                .query((rs, n) -> new Registered(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getDate(3) == null
                        ? null : rs.getDate(3).toLocalDate())).list();
        assertThat(agencies).hasSizeGreaterThanOrEqualTo(20);
        int compared = 0;
        List<LicenceStatus> seen = new ArrayList<>();
        for (Registered agency : agencies) {
            Licence licence = new Licence(agency.issuedOn(), agency.expiresOn(), decisions.of(agency.id()));
            List<LocalDate> days = new ArrayList<>(List.of(agency.issuedOn().minusDays(1), agency.issuedOn(), today
                    .date()));
            if (agency.expiresOn() != null) {
                days.addAll(List.of(agency.expiresOn(), agency.expiresOn().plusDays(1)));
            }
            licence.decisions().forEach(decision -> {
                days.addAll(List.of(decision.decidedOn().minusDays(1), decision.decidedOn()));
                if (decision.expiresOn() != null) {
                    days.addAll(List.of(decision.expiresOn(), decision.expiresOn().plusDays(1)));
                }
            });
            for (LocalDate day : days) {
                String counted = jdbc.sql("select statistics_agency_status(?, ?)").params(agency.id(), day).query(
                        String.class).single();
                assertThat(counted).as("agency %d on %s", agency.id(), day).isEqualTo(licence.on(day).name());
                seen.add(licence.on(day));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(100);
        assertThat(seen).as("the demo register meets every status").contains(LicenceStatus.values());
    }
}
