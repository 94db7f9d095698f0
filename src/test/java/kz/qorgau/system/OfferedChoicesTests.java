package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.cases.CaseBuilder;
import kz.qorgau.cases.CaseCommands;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.cases.Charge;
import kz.qorgau.cases.CriminalCases;
import kz.qorgau.cases.CaseDetails;
import kz.qorgau.cases.EventType;
import kz.qorgau.cases.Qualification;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSearch;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.organisations.Regions;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.SyntheticPersons;
import kz.qorgau.referrals.ReferralCommands;
import kz.qorgau.referrals.ReferralKind;
import kz.qorgau.referrals.ReferralMechanism;
import kz.qorgau.referrals.ReferralViews;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.victims.ConsentDecision;
import kz.qorgau.victims.VictimBuilder;
import kz.qorgau.victims.VictimDetails;
import kz.qorgau.victims.VictimRegistry;
import kz.qorgau.victims.VictimViews;

/**
 * Forms offer what fits the user: a regional investigator registers cases in their own regions and units only; the
 * verdict's article comes from the charge in force; referral recipients are grouped by type and region, and a report
 * to the police is a purpose of its own; a screening of a known person starts from what the registry knows and
 * carries the form of exploitation into the record; several choices are ticked, never Ctrl-clicked.
 */
@QorgauTest
class OfferedChoicesTests extends FullTest {

    @Autowired
    CriminalCases cases;
    @Autowired
    CaseDetails caseDetails;
    @Autowired
    PersonRegistry persons;
    @Autowired
    VictimRegistry victims;
    @Autowired
    VictimDetails victimDetails;
    @Autowired
    ReferralMechanism referrals;
    @Autowired
    OrganisationRegistry organisations;
    @Autowired
    Regions regions;

    /** An active police unit of a region other than Almaty city (the demo investigator's only region). */
    OrganisationSummary policeUnitOfAnotherRegion() {
        return organisations.search(new OrganisationSearch(null, OrganisationType.POLICE_UNIT, null, true),
                PageRequest.of(0, 500)).getContent().stream()
                .filter(unit -> unit.region() != null && !unit.region().value().equals("KZ-75")).findFirst()
                .orElseThrow();
    }

    // --- case registration

    @Test
    void aRegionalInvestigatorIsOfferedOnlyTheRegionsAndUnitsOfTheirScope() throws Exception {
        QorgauUser investigator = users.demo("investigator");
        Document form = page(get("/cases/new"), investigator);
        assertThat(form.select("#region option")).extracting(Element::val).containsExactly("", "KZ-75");
        assertThat(form.select("#unitId option")).isNotEmpty().allSatisfy(option -> {
            OrganisationSummary unit = organisations.get(Long.parseLong(option.val()));
            assertThat(unit.region() == null || unit.region().value().equals("KZ-75")).as(unit.nameRu()).isTrue();
        });
        // national scope: every region of today
        Document national = page(get("/cases/new"), users.demo("supervisor"));
        assertThat(national.select("#region option")).hasSize(regions.current(Locale.of("ru")).size() + 1);
    }

    @Test
    void aCaseUnderAUnitOfAnotherRegionIsRefusedUnderTheUnitField() throws Exception {
        String erdr = CaseBuilder.erdr(2024);
        Document refused = page(post("/cases").with(csrf()).param("erdrNumber", erdr).param("registeredOn",
                "2024-05-02").param("region", "KZ-75").param("unitId", Long.toString(policeUnitOfAnotherRegion()
                        .id()))
                .param("articles", "128").param("parts", "2"), users.demo("investigator"));
        Element unit = refused.getElementById("unitId");
        assertThat(unit.attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.getElementById("unitId-error").text()).isEqualTo(
                "Это подразделение другого региона: выберите подразделение вашего региона или республиканское.");
        assertThat(refused.select("#unitId option[selected]")).extracting(Element::val)
                .containsExactly(Long.toString(policeUnitOfAnotherRegion().id()));
        assertThat(jdbc.sql("select count(*) from cases_case where erdr_number = ?").param(erdr).query(Long.class)
                .single()).isZero();
    }

    @Test
    void theServiceRefusesACaseUnderAUnitOfAnotherRegionAndAcceptsANationalOne() {
        QorgauUser investigator = users.demo("investigator");
        long elsewhere = policeUnitOfAnotherRegion().id();
        assertThatThrownBy(() -> SignedIn.as(investigator, () -> cases.register(new CaseCommands.Registration(
                CaseBuilder.erdr(2024), LocalDate.of(2024, 5, 2), "KZ-75", elsewhere, new Qualification(
                        List.of(new Charge("128", 2)), Set.of(), Set.of()), null))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("case.error.unit-out-of-scope");
        long national = users.organisation(DemoOrganisations.POLICE_NATIONAL);
        CaseViews.CaseView registered = SignedIn.as(investigator, () -> cases.register(new CaseCommands.Registration(
                CaseBuilder.erdr(2024), LocalDate.of(2024, 5, 2), "KZ-75", national, new Qualification(
                        List.of(new Charge("128", 2)), Set.of(), Set.of()), null)));
        assertThat(registered.unitId()).isEqualTo(national);
    }

    // --- the verdict

    @Test
    void theVerdictOffersTheArticleOfTheChargeInForceAndAnAcquittalLeavesItUnused() throws Exception {
        QorgauUser investigator = users.demo("investigator");
        CaseBuilder builder = new CaseBuilder(cases, persons);
        CaseViews.CaseView registered = builder.withSuspect(builder.registered(investigator, "KZ-75", LocalDate.of(
                2024, 2, 1), ExploitationForm.FORCED_LABOUR), investigator, LocalDate.of(2024, 2, 3));
        // requalified from part 2 to part 3: the part in force is the one offered
        SignedIn.as(investigator, () -> cases.requalify(registered.id(), new CaseCommands.Requalification(LocalDate
                .of(2024, 3, 1), List.of(new Charge("128", 3)), Set.of(ExploitationForm.FORCED_LABOUR), Set.of())));
        long court = users.organisation(DemoOrganisations.COURT_ALMATY);
        builder.sentToCourt(registered, users.demo("prosecutor"), court, LocalDate.of(2024, 6, 3));

        QorgauUser clerk = users.demo("court");
        Document verdict = page(get("/cases/" + registered.id() + "/events/VERDICT").param("defendant", "0"), clerk);
        assertThat(verdict.select("#convictionArticle option[selected]")).extracting(Element::val)
                .containsExactly("128");
        assertThat(verdict.getElementById("convictionPart").val()).isEqualTo("3");
        assertThat(verdict.select("input[name=outcome][checked]")).isEmpty();

        mvc.perform(post("/cases/" + registered.id() + "/events/VERDICT").with(csrf()).with(user(clerk))
                .param("occurredOn", "2024-09-10").param("defendantNo", "0").param("outcome", "ACQUITTED")
                .param("convictionArticle", "128").param("convictionPart", "3"))
                .andExpect(status().is3xxRedirection());
        CaseViews.TimelineEntry recorded = SignedIn.as(clerk, () -> caseDetails.get(registered.id())).timeline()
                .stream()
                .filter(entry -> entry.type() == EventType.VERDICT).findFirst().orElseThrow();
        assertThat(recorded.convictionArticle()).isNull();
        assertThat(recorded.convictionPart()).isNull();
    }

    // --- referrals

    @Test
    void referralRecipientsAreGroupedByTypeAndRegionWithAFilter() throws Exception {
        QorgauUser inspector = users.demo("inspector");
        VictimViews.VictimView victim = new VictimBuilder(victims, persons).identified(inspector, LocalDate.of(2026, 3,
                2), null);
        Document form = page(get("/referrals/new").param("victim", Long.toString(victim.id())), inspector);
        Element select = form.getElementById("toOrganisationId");
        assertThat(select.select("> option")).extracting(Element::val).containsExactly("0");
        List<Element> groups = select.select("> optgroup");
        assertThat(groups).hasSizeGreaterThan(3);
        Set<String> labels = new HashSet<>();
        for (Element group : groups) {
            assertThat(labels.add(group.attr("label"))).as("one group of " + group.attr("label")).isTrue();
            assertThat(group.select("option")).as(group.attr("label")).isNotEmpty().allSatisfy(option -> {
                OrganisationSummary organisation = organisations.get(Long.parseLong(option.val()));
                assertThat(group.attr("label")).as(organisation.nameRu()).isEqualTo(label(organisation));
            });
        }
        OrganisationSummary shelter = organisations.findByName(DemoOrganisations.SHELTER_ALMATY).orElseThrow();
        assertThat(select.select("optgroup[label='" + label(shelter) + "'] option")).extracting(Element::val)
                .contains(Long.toString(shelter.id()));
        assertThat(label(shelter)).isEqualTo("Приют / кризисный центр — город Алматы");
        assertThat(select.select("option[value=" + inspector.organisationId() + "]")).isEmpty();
        Element filter = form.getElementById("receiver-filter");
        assertThat(filter.attr("data-filter-options")).isEqualTo("toOrganisationId");
        assertThat(filter.hasAttr("hidden")).as("shown by the script only").isTrue();
        assertThat(form.select("input[name=kind]")).extracting(Element::val)
                .containsExactly("REFERRAL", "TRANSFER", "REPORT");
    }

    /** The group an organisation belongs in: its type and its region, in Russian. */
    String label(OrganisationSummary organisation) {
        return TYPE_NAMES.get(organisation.type()) + " — " + (organisation.region() == null
                ? "Республиканский уровень / за рубежом" : regions.name(organisation.region(), Locale.of("ru")));
    }

    /** The Russian names of the organisation types, read from the bundle the pages use. */
    static final Map<OrganisationType, String> TYPE_NAMES = typeNames();

    static Map<OrganisationType, String> typeNames() {
        try {
            Properties bundle = new Properties();
            try (var reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"))) {
                bundle.load(reader);
            }
            Map<OrganisationType, String> names = new EnumMap<>(OrganisationType.class);
            for (OrganisationType type : OrganisationType.values()) {
                names.put(type, bundle.getProperty(type.messageKey()));
            }
            return names;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReportToThePoliceGoesToThePoliceOnlyAndWithConsentToShareWithThem() {
        QorgauUser inspector = users.demo("inspector");
        VictimBuilder builder = new VictimBuilder(victims, persons);
        long police = users.organisation(DemoOrganisations.POLICE_ALMATY);
        long shelter = users.organisation(DemoOrganisations.SHELTER_ALMATY);
        VictimViews.VictimView consenting = builder.identified(inspector, LocalDate.of(2026, 3, 2),
                ConsentDecision.GIVEN);
        VictimViews.VictimView refusing = builder.identified(inspector, LocalDate.of(2026, 3, 2),
                ConsentDecision.REFUSED);

        assertThatThrownBy(() -> SignedIn.as(inspector, () -> referrals.send(report(consenting, shelter))))
                .hasMessageContaining("referral.error.report-to-police-only");
        assertThatThrownBy(() -> SignedIn.as(inspector, () -> referrals.send(report(refusing, police))))
                .hasMessageContaining("referral.error.report-no-consent");
        ReferralViews.ReferralView reported = SignedIn.as(inspector, () -> referrals.send(report(consenting,
                police)));
        assertThat(reported.kind()).isEqualTo(ReferralKind.REPORT);
        assertThat(reported.services()).isEmpty();
        assertThat(jdbc.sql("select kind from referrals_referral where id = ?").param(reported.id())
                .query(String.class).single()).isEqualTo("REPORT");
    }

    static ReferralCommands.NewReferral report(VictimViews.VictimView victim, long to) {
        return new ReferralCommands.NewReferral(victim.id(), to, Set.of(), ReferralKind.REPORT, null,
                "Synthetic: she was made to work without pay.");
    }

    // --- the screening

    @Test
    void theScreeningOfAKnownPersonStartsFromTheirSexAndCitizenships() throws Exception {
        QorgauUser inspector = users.demo("inspector");
        long person = SignedIn.as(inspector, () -> persons.register(SyntheticPersons.complete())).value();
        Document form = page(get("/victims/new").param("person", Long.toString(person)), inspector);
        assertThat(form.select("#sex option[selected]")).extracting(Element::val).containsExactly("FEMALE");
        assertThat(form.select("#citizenships input[checked]")).extracting(Element::val)
                .containsExactlyInAnyOrder("KZ", "UZ");
        assertThat(form.getElementById("known-person-hint")).isNotNull();
        // an anonymous screening knows nothing
        Document anonymous = page(get("/victims/new").param("anonymous", "true"), inspector);
        assertThat(anonymous.select("#sex option[selected]")).isEmpty();
        assertThat(anonymous.select("#citizenships input[checked]")).isEmpty();
    }

    @Test
    void theFormOfExploitationScreenedForIsCarriedIntoTheRecordWhenNoneIsTicked() throws Exception {
        QorgauUser inspector = users.demo("inspector");
        assertThat(screenedAndRecorded(inspector, "SEXUAL", "PRESUMED", null))
                .containsExactly(ExploitationForm.SEXUAL_EXPLOITATION);
        assertThat(screenedAndRecorded(inspector, "LABOUR", "POSSIBLE", null))
                .containsExactly(ExploitationForm.FORCED_LABOUR);
        // what the screener ticked is kept; nobody found not a victim is given a form
        assertThat(screenedAndRecorded(inspector, "LABOUR", "PRESUMED", "FORCED_BEGGING"))
                .containsExactly(ExploitationForm.FORCED_BEGGING);
        assertThat(screenedAndRecorded(inspector, "LABOUR", "NOT_A_VICTIM", null)).isEmpty();
    }

    Set<ExploitationForm> screenedAndRecorded(QorgauUser inspector, String kind, String decision, String form)
            throws Exception {
        long person = SignedIn.as(inspector, () -> persons.register(SyntheticPersons.complete())).value();
        MockHttpServletRequestBuilder request = post("/victims").with(csrf()).with(user(inspector))
                .param("personId", Long.toString(person)).param("anonymous", "false")
                .param("screenedOn", "2026-03-02").param("context", "LABOUR_INSPECTION").param("exploitation", kind)
                .param("decision", decision).param("reason", "Synthetic: the answers of the screening.")
                .param("region", "KZ-19").param("processing", "GIVEN");
        if (form != null) {
            request.param("forms", form);
        }
        MvcResult result = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
        String location = Objects.requireNonNull(result.getResponse().getRedirectedUrl());
        assertThat(location).matches("/victims/\\d+");
        long id = Long.parseLong(location.substring("/victims/".length()));
        return SignedIn.as(inspector, () -> victimDetails.get(id)).situation().forms();
    }

    // --- several choices

    @Test
    void noFormAsksForCtrlToChooseSeveralThingsTheyAreTickedInAListThatFilters() throws Exception {
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            List<Path> withMultiSelects = templates.filter(path -> path.toString().endsWith(".html"))
                    .filter(path -> read(path).matches("(?s).*<select[^>]*\\smultiple[\\s>=].*")).toList();
            assertThat(withMultiSelects).as("templates with a select of several choices").isEmpty();
        }
        Document person = page(get("/persons/new"), users.demo("investigator"));
        assertThat(person.select("#citizenships input[type=checkbox][name=citizenships]")).hasSizeGreaterThan(200);
        assertThat(person.getElementById("citizenships-filter").attr("data-filter-checks"))
                .isEqualTo("citizenships-list");
        assertThat(person.getElementById("citizenships").attr("aria-describedby")).isEqualTo("citizenships-hint");
    }

    static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
