package kz.qorgau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.identity.UserProfile;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.persons.PersonDetails;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.SyntheticPersons;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.system.SystemActor;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** Cases on the real database: scope, the agencies' parts, audit, the API and the pages. */
@QorgauTest
class CasesTests extends FullTest {

    @Autowired
    CriminalCases cases;
    @Autowired
    CaseList caseList;
    @Autowired
    CaseDetails details;
    @Autowired
    Accounts accounts;
    @Autowired
    PersonRegistry persons;
    @Autowired
    CaseBuilder builder;

    long court() {
        return users.organisation(DemoOrganisations.COURT_ALMATY);
    }

    CaseViews.CaseView registerInAlmaty() {
        return builder.registered(users.demo("investigator"), "KZ-75", LocalDate.of(2023, 4, 12), new Qualification(
                List.of(new Charge("128", 2)), Set.of(ExploitationForm.SEXUAL_EXPLOITATION), Set.of(
                        CaseFlag.TRANSNATIONAL)), "Synthetic narrative: a recruiter offered work abroad.");
    }

    long suspect() {
        return SignedIn.as(users.demo("investigator"), () -> persons.register(SyntheticPersons.complete())).value();
    }

    CaseViews.CaseView inCourt() {
        CaseViews.CaseView view = builder.withSuspect(registerInAlmaty(), users.demo("investigator"), LocalDate.of(2023,
                4, 20), LocalDate.of(2023, 4, 21));
        return builder.sentToCourt(view, users.demo("prosecutor"), court(), LocalDate.of(2023, 9, 1));
    }

    @Test
    void anInvestigatorRegistersACaseAndTheRegistrationIsAudited() {
        CaseViews.CaseView view = registerInAlmaty();
        assertThat(view.status()).isEqualTo(CaseStatus.INVESTIGATION);
        assertThat(view.timeline()).singleElement().extracting(CaseViews.TimelineEntry::type)
                .isEqualTo(EventType.REGISTERED);
        assertThat(view.unitId()).isEqualTo(users.demo("investigator").organisationId());
        assertThat(audit.action("CASE_REGISTERED").target(view.id()).actors()).containsExactly("investigator");
    }

    @Test
    void theNarrativeIsEncryptedAtRestAndReadableInScope() {
        CaseViews.CaseView view = registerInAlmaty();
        assertThat(view.narrative()).isEqualTo("Synthetic narrative: a recruiter offered work abroad.");
        byte[] stored = jdbc.sql("select narrative from cases_case where id = ?").param(view.id()).query(byte[].class)
                .single();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("recruiter");
        assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("recruiter");
    }

    @Test
    void theDefendantsDataIsOpenToThoseWhoseScopeHoldsTheirCase() {
        CaseViews.CaseView view = inCourt();
        long suspect = view.defendants().getFirst().personId();
        assertThat(SignedIn.as(users.demo("prosecutor"), () -> persons.maySee(new PersonId(suspect)))).isTrue();
        assertThat(SignedIn.as(users.demo("court"), () -> persons.maySee(new PersonId(suspect)))).isTrue();
        assertThat(SignedIn.as(shymkentInvestigator(), () -> persons.maySee(new PersonId(suspect)))).isFalse();
        assertThat(SignedIn.as(users.demo("caseworker"), () -> persons.maySee(new PersonId(suspect)))).isFalse();
        var revealed = SignedIn.as(users.demo("prosecutor"), () -> persons.reveal(new PersonId(suspect), "indictment"));
        assertThat(revealed.surname()).isNotBlank();
    }

    @Test
    void aSuspectMustBeAPersonOfTheRegistry() {
        CaseViews.CaseView view = registerInAlmaty();
        Assertions.assertThatThrownBy(() -> SignedIn.as(users.demo("investigator"), () -> cases.addDefendant(view.id(),
                new CaseCommands.NewDefendant(987_654_321L, PerpetratorRole.EXPLOITER,
                        false, null, null, null, null))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theErdrNumberIsUnique() {
        CaseViews.CaseView first = registerInAlmaty();
        Assertions.assertThatThrownBy(() -> SignedIn.as(users.demo("investigator"), () -> cases.register(
                new CaseCommands.Registration(
                        first.erdrNumber(), LocalDate.of(2023, 5, 1), "KZ-75", null,
                        new Qualification(List.of(new Charge("128", 1)), Set.of(), Set.of()), null))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("case.error.erdr-taken");
    }

    @Test
    void anInvestigatorCannotRegisterOutsideTheirRegion() {
        Assertions.assertThatThrownBy(() -> SignedIn.as(users.demo("investigator"), () -> cases.register(
                new CaseCommands.Registration(
                        CaseBuilder.erdr(2023), LocalDate.of(2023, 5, 1), "KZ-79", null,
                        new Qualification(List.of(new Charge("128", 1)), Set.of(), Set.of()), null))))
                .hasMessageContaining("case.error.region-out-of-scope");
    }

    @Test
    void policeProsecutorsAndCourtsEachRecordTheirPart() {
        CaseViews.CaseView view = inCourt();
        assertThat(view.status()).isEqualTo(CaseStatus.IN_COURT);
        // the court clerk sees the case sent to their court and records the verdict
        CaseViews.CaseView decided = SignedIn.as(users.demo("court"), () -> cases.record(view.id(),
                new CaseCommands.Event(
                        EventType.VERDICT,
                        LocalDate.of(2023, 12, 5), null, null, 0, VerdictOutcome.CONVICTED, null, "128", 2,
                        new Sentence(84, null, null, null, null, false, true))));
        assertThat(decided.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(decided.defendants().getFirst().verdict()).isEqualTo(VerdictOutcome.CONVICTED);
        // an investigator may not record a verdict, nor a court clerk suspend a case
        Assertions.assertThatThrownBy(() -> SignedIn.as(users.demo("investigator"), () -> cases.record(view.id(),
                new CaseCommands.Event(
                        EventType.APPEAL, LocalDate.of(2024, 2, 1), null, null, 0, null, AppealOutcome.UPHELD, null,
                        null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audit.record("case", view.id()).except("CASE_NARRATIVE_READ").count()).isEqualTo(4);
    }

    @Test
    void aRejectedTransitionChangesNothing() {
        CaseViews.CaseView view = registerInAlmaty();
        Assertions.assertThatThrownBy(() -> SignedIn.as(users.demo("court"), () -> cases.record(view.id(),
                new CaseCommands.Event(
                        EventType.VERDICT, LocalDate.of(2023, 6, 1), null, null, 0, VerdictOutcome.ACQUITTED, null,
                        null, null,
                        null)))).isInstanceOf(NotFoundException.class);
        Assertions.assertThatThrownBy(() -> SignedIn.as(users.demo("prosecutor"), () -> cases.record(view.id(),
                new CaseCommands.Event(
                        EventType.SENT_TO_COURT, LocalDate.of(2023, 6, 1), null, court(), null, null, null, null, null,
                        null))))
                .hasMessageContaining("case.error.court-no-defendants");
        CaseViews.CaseView after = SignedIn.as(users.demo("investigator"), () -> details.get(view.id()));
        assertThat(after.timeline()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from cases_event where case_id = ?").param(view.id()).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aCaseOutsideTheScopeDoesNotExistForTheUser() throws Exception {
        CaseViews.CaseView view = registerInAlmaty();
        QorgauUser shymkent = shymkentInvestigator();
        Assertions.assertThatThrownBy(() -> SignedIn.as(shymkent, () -> details.get(view.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(SignedIn.as(shymkent, () -> caseList.search(CaseCommands.Search.any(), PageRequest.of(0, 100)))
                .items()).noneMatch(item -> item.id() == view.id());
        mvc.perform(get("/api/v1/cases/" + view.id()).with(user(shymkent))).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/cases/" + view.id()).with(user(shymkent))).andExpect(status().isNotFound());
        // the court sees a case only once it is sent there
        Assertions.assertThatThrownBy(() -> SignedIn.as(users.demo("court"), () -> details.get(view.id())))
                .isInstanceOf(NotFoundException.class);
        // the national supervisor sees everything
        assertThat(SignedIn.as(users.demo("supervisor"), () -> details.get(view.id())).id()).isEqualTo(view.id());
    }

    @Test
    void theCasePrintShowsWhatThePageShowsWithItsReferenceAndWhoPrintedIt() throws Exception {
        PersonDetails suspectDetails = SyntheticPersons.complete();
        long suspect = SignedIn.as(users.demo("investigator"), () -> persons.register(suspectDetails)).value();
        CaseViews.CaseView view = registerInAlmaty();
        SignedIn.as(users.demo("investigator"), () -> cases.addDefendant(view.id(), new CaseCommands.NewDefendant(
                suspect,
                PerpetratorRole.RECRUITER_OR_INTERMEDIARY, false, LocalDate.of(2023, 4, 20), LocalDate.of(2023, 4, 21),
                "KZ-75",
                null)));
        long readsBefore = audit.action("CASE_NARRATIVE_READ").target(view.id()).by("prosecutor").count();

        String print = mvc.perform(get("/cases/" + view.id() + "/print").with(users.as("prosecutor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(print).contains("id=\"print-reference\"").contains(view.erdrNumber())
                .contains("Распечатал(а): Демо Прокурор (prosecutor)")
                .contains("Synthetic narrative: a recruiter offered work abroad.")
                .contains("class=\"printout\"")
                .doesNotContain("id=\"main-nav\"")
                // the page names defendants by pseudonym only: so does the print
                .doesNotContain(suspectDetails.surname()).doesNotContain(suspectDetails.givenName());
        // the summary is read as on the page, and audited as there
        assertThat(audit.action("CASE_NARRATIVE_READ").target(view.id()).by("prosecutor").count())
                .isEqualTo(readsBefore + 1);
        mvc.perform(get("/cases/" + view.id()).with(users.as("prosecutor")))
                .andExpect(content().string(Matchers.containsString("/cases/" + view.id() + "/print")));

        // outside the scope the print does not exist; opened by breaking the glass, it hides the sealed summary
        QorgauUser shymkent = shymkentInvestigator();
        mvc.perform(get("/cases/" + view.id() + "/print").with(user(shymkent))).andExpect(status().isNotFound());
        SignedIn.as(shymkent, () -> cases.breakGlass(view.erdrNumber(), "Synthetic: a linked case in Shymkent"));
        mvc.perform(get("/cases/" + view.id() + "/print").with(user(shymkent)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(view.erdrNumber())))
                .andExpect(content().string(Matchers.containsString("id=\"broken-glass\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Synthetic narrative"))));
    }

    @Test
    void rolesWithoutCaseAccessAreRefused() throws Exception {
        for (String username : List.of("analyst", "caseworker", "admin", "auditor", "hotline")) {
            mvc.perform(get("/api/v1/cases").with(users.as(username))).andExpect(status().isForbidden());
            mvc.perform(get("/cases").with(users.as(username))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/cases")).andExpect(status().isUnauthorized());
    }

    @Test
    void theListFiltersByYearArticleFormAndErdr() {
        CaseViews.CaseView view = registerInAlmaty();
        var page = PageRequest.of(0, 50);
        assertThat(SignedIn.as(users.demo("investigator"), () -> caseList.search(new CaseCommands.Search(view
                .erdrNumber()
                .substring(0, 12), null, 2023, null, "128",
                ExploitationForm.SEXUAL_EXPLOITATION, CaseFlag.TRANSNATIONAL, null, "erdr"), page))
                .items()).extracting(CaseViews.CaseListItem::id).contains(view.id());
        assertThat(SignedIn.as(users.demo("investigator"), () -> caseList.search(new CaseCommands.Search(view
                .erdrNumber(),
                null, 2022, null, null, null, null, null,
                null), page)).items()).isEmpty();
        assertThat(SignedIn.as(users.demo("investigator"), () -> caseList.search(new CaseCommands.Search(view
                .erdrNumber(),
                null, null, null, "308", null, null, null,
                null), page)).items()).isEmpty();
        assertThat(SignedIn.as(users.demo("investigator"), () -> caseList.search(new CaseCommands.Search(view
                .erdrNumber(),
                null, null, null, null,
                ExploitationForm.FORCED_LABOUR, null, null, null), page)).items()).isEmpty();
    }

    @Test
    void theListCountsMatchesOnlyUpToTheLimitAndThenSaysMoreThan() {
        // a block of a hundred numbers of its own: ERDR numbers that start alike are this test's alone
        long block = (CaseBuilder.reserve(300) / 100 + 1) * 100 % 1_000_000_000L;
        String prefix = String.format("241750%09d", block).substring(0, 13);
        for (int i = 0; i < 3; i++) {
            String number = prefix + "%02d".formatted(i);
            SignedIn.as(users.demo("investigator"), () -> cases.register(new CaseCommands.Registration(number,
                    LocalDate.of(2024, 3, 1), "KZ-75", null, new Qualification(List.of(new Charge("128", 1)), Set.of(),
                            Set.of()), null)));
        }
        CaseCommands.Search search = new CaseCommands.Search(prefix, null, null, null, null, null, null, null, null);
        PageResponse<CaseViews.CaseListItem> capped = SignedIn.as(users.demo("investigator"), () -> caseList.search(
                search,
                PageRequest.of(0, 1), 2));
        assertThat(capped.totalExact()).isFalse();
        assertThat(capped.totalItems()).isEqualTo(2);
        assertThat(capped.hasNext()).isTrue();
        // a page beyond the limit is counted to its end
        PageResponse<CaseViews.CaseListItem> last = SignedIn.as(users.demo("investigator"), () -> caseList.search(
                search,
                PageRequest.of(2, 1), 2));
        assertThat(last.totalExact()).isTrue();
        assertThat(last.totalItems()).isEqualTo(3);
        assertThat(last.hasNext()).isFalse();
        assertThat(SignedIn.as(users.demo("investigator"), () -> caseList.search(search,
                PageRequest.of(0, 5), 2)).totalItems()).isEqualTo(3);
    }

    @Test
    void theListPageSaysMoreThanWhenMoreCasesMatchThanItCounts() throws Exception {
        QorgauUser ulytau = investigatorOf("ulytau.investigator", "KZ-62");
        if (jdbc.sql("select count(*) from cases_case where region_code = 'KZ-62'").query(Long.class).single() == 0) {
            // more cases than the list counts: inserted in bulk, as registering ten thousand one by one through
            // the domain would take most of the test run (nothing here reads more than the case rows)
            jdbc.sql("""
                    insert into cases_case (erdr_number, registered_on, region_code, unit_id, status, created_by,
                                            created_at, updated_at)
                    select '2562' || lpad(n::text, 11, '0'), date '2025-03-01', 'KZ-62', :unit, 'INVESTIGATION',
                           'test', now(), now()
                    from generate_series(1, :count) n""")
                    .param("unit", ulytau.organisationId()).param("count", CaseList.COUNT_LIMIT + 1).update();
        }
        mvc.perform(get("/cases").with(user(ulytau)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.matchesPattern("(?s).*Найдено: более 10.000.*")))
                .andExpect(content().string(Matchers.containsString(">Страница 1<")))
                .andExpect(content().string(Matchers.containsString("href=\"/cases?page=1\"")));
        PageResponse<CaseViews.CaseListItem> page = SignedIn.as(ulytau, () -> caseList.search(CaseCommands.Search.any(),
                PageRequest.of(0, 25)));
        assertThat(page.totalExact()).isFalse();
        assertThat(page.totalItems()).isEqualTo(CaseList.COUNT_LIMIT);
    }

    @Test
    void theApiRegistersAndRecordsEventsAndAnswersRuleViolationsAs409() throws Exception {
        String erdr = CaseBuilder.erdr(2023);
        String body = """
                {"erdrNumber": "%s", "registeredOn": "2023-02-10", "region": "KZ-75",
                 "qualification": {"charges": [{"articleCode": "128", "part": 1}], "forms": ["FORCED_LABOUR"], "flags": []}}
                """
                .formatted(erdr);
        String created = mvc.perform(post("/api/v1/cases").with(users.as("investigator")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.erdrNumber").value(erdr))
                .andExpect(jsonPath("$.status").value("INVESTIGATION"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/v1/cases/" + id + "/events").with(users.as("investigator")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"RESUMED\", \"occurredOn\": \"2023-03-01\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.error.resume-not-suspended"))
                .andExpect(jsonPath("$.detail").value("Возобновить можно только приостановленное дело."));
        mvc.perform(post("/api/v1/cases/" + id + "/events").with(users.as("investigator")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"SUSPENDED\", \"occurredOn\": \"2023-03-01\", \"reason\": \"SUSPECT_ABROAD\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.timeline[1].reason").value("SUSPECT_ABROAD"));
    }

    @Test
    void theCasePageShowsTheTimelineAndTheActionsOfTheUsersAgency() throws Exception {
        CaseViews.CaseView view = inCourt();
        mvc.perform(get("/cases/" + view.id()).with(users.as("court")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(view.erdrNumber())))
                .andExpect(content().string(Matchers.containsString("Направлено в суд")))
                .andExpect(content().string(Matchers.containsString("data-action=\"VERDICT-0\"")));
        mvc.perform(get("/cases/" + view.id()).with(users.as("investigator")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("data-action=\"VERDICT-0\""))));
        mvc.perform(get("/cases/" + view.id() + "/events/VERDICT").param("defendant", "0").with(users.as("court")))
                .andExpect(status().isOk());
        mvc.perform(get("/cases").param("erdr", view.erdrNumber()).with(users.as("prosecutor")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(view.erdrNumber())));
    }

    @Test
    void aVerdictFormWithASentenceOnAnAcquittalExplainsTheRule() throws Exception {
        CaseViews.CaseView view = inCourt();
        mvc.perform(post("/cases/" + view.id() + "/events/VERDICT").with(users.as("court")).with(csrf())
                .param("occurredOn", "2023-11-30").param("defendantNo", "0").param("outcome", "ACQUITTED")
                .param("imprisonmentYears", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "Наказание назначается только при обвинительном приговоре.")));
        assertThat(SignedIn.as(users.demo("court"), () -> details.get(view.id())).status()).isEqualTo(
                CaseStatus.IN_COURT);
    }

    private QorgauUser shymkentInvestigator() {
        return investigatorOf("shymkent.investigator", "KZ-79");
    }

    private QorgauUser investigatorOf(String username, String region) {
        if (accounts.principal(username).isEmpty()) {
            long organisation = users.organisation(DemoOrganisations.POLICE_NATIONAL);
            SystemActor.run(() -> accounts.createWithPassword(username, new UserProfile("Investigator " + region, null,
                    organisation, Set.of(Role.INVESTIGATOR), false, Set.of(new RegionCode(region))),
                    "Correct-Horse-Battery-9"));
        }
        return users.demo(username);
    }
}
