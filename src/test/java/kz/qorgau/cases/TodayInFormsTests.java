package kz.qorgau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.convention.TestBean;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;

/**
 * At 00:30 in Almaty it is still 19:30 of the day before in UTC: the forms offer and accept Almaty's date, not the UTC
 * clock's. The clock stands at 19:30 UTC of the day before the real UTC date, so that nothing entered here is dated
 * in the future.
 */
@QorgauTest
class TodayInFormsTests extends FullTest {

    static final Instant AT_1930_UTC = LocalDate.now(ZoneOffset.UTC).minusDays(1).atTime(19, 30)
            .toInstant(ZoneOffset.UTC);

    @TestBean
    Clock clock;

    static Clock clock() {
        return Clock.fixed(AT_1930_UTC, ZoneOffset.UTC);
    }

    final LocalDate utcDate = LocalDate.ofInstant(AT_1930_UTC, ZoneOffset.UTC);
    final LocalDate almatyDate = LocalDate.ofInstant(AT_1930_UTC, ZoneId.of("Asia/Almaty"));

    @Test
    void theFormsOfferAndAcceptTodaysAlmatyDate() throws Exception {
        assertThat(LocalTime.ofInstant(AT_1930_UTC, ZoneId.of("Asia/Almaty"))).isEqualTo(LocalTime.of(0, 30));
        assertThat(almatyDate).isEqualTo(utcDate.plusDays(1));
        mvc.perform(get("/cases/new").with(user(users.demo("investigator"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"" + almatyDate + "\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"" + utcDate + "\""))));
        mvc.perform(get("/operations/new").with(user(users.demo("investigator"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"" + almatyDate + "\"")));

        String name = "Операция на рассвете " + almatyDate;
        mvc.perform(post("/operations").with(user(users.demo("investigator"))).with(csrf()).param("name", name)
                .param("startedOn", almatyDate.toString()).param("regions", "KZ-75")
                .param("personsInterviewed", "3").param("potentialVictimsFound", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select started_on from cases_operation where name = ?").param(name)
                .query(LocalDate.class).single()).isEqualTo(almatyDate);
    }
}
