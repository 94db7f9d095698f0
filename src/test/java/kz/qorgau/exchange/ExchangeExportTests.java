package kz.qorgau.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.TestUsers;
import kz.qorgau.audit.AuditAssertions;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.VictimList;
import kz.qorgau.victims.VictimViews;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export of records in the exchange format on the demo data, by police supervisors given the record-export
 * permission (the demo supervisor holds none; the demo analyst holds it and sees no records): the documents validate
 * against the published schema; they hold the victim records the victims list shows the same user, no others; a
 * region holds that region's records; a person carries personal data exactly where the registry lets the user see
 * it; each export is audited with counts; without the permission it is refused. Reads only: nothing is changed.
 */
@QorgauTest
class ExchangeExportTests extends FullTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String ALMATY = "KZ-75";

    @Autowired
    VictimList victimList;
    @Autowired
    PersonRegistry persons;

    private QorgauUser exporter(String prefix, String organisation, String... regions) {
        String username = TestUsers.username(prefix);
        users.create(username, "Синтетический Руководитель", organisation, Set.of(Role.SUPERVISOR, Role.RECORD_EXPORT),
                regions);
        return users.demo(username);
    }

    private String export(QorgauUser user, String... parameters) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/exchange/export");
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request.with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<String> externalIds(JsonNode document, String array) {
        List<String> ids = new ArrayList<>();
        document.get(array).forEach(record -> ids.add(record.get("externalId").asString()));
        return ids;
    }

    @Test
    void anExportOfEveryKindValidatesAgainstThePublishedSchema() throws Exception {
        QorgauUser user = exporter("exch.nat.", DemoOrganisations.POLICE_ALMATY, ALMATY);
        String body = export(user, "from", "2015-01-01", "to", "2024-12-31", "kind", "all");
        assertThat(ExchangeSchemaTests.errors(body)).isEmpty();
        JsonNode document = JSON.readTree(body);
        assertThat(document.get("format").asString()).isEqualTo("qorgau-exchange");
        assertThat(document.get("version").asString()).isEqualTo(ExchangeDocument.VERSION);
        assertThat(document.get("sender").get("country").asString()).isEqualTo("KZ");
        assertThat(document.get("victims")).as("the demo police see victim records").isNotEmpty();
        assertThat(document.get("persons")).isNotEmpty();
        // a victim record naming a person refers to a person of the document, by external id
        Set<String> personIds = new HashSet<>(externalIds(document, "persons"));
        document.get("victims").forEach(victim -> {
            if (!victim.get("anonymous").asBoolean()) {
                assertThat(personIds).contains(victim.get("person").asString());
            }
            assertThat(victim.get("externalId").asString()).startsWith("KZ-QORGAU:victim:V-");
        });
        // a referral is one the user's organisation sent or received
        String own = "KZ-QORGAU:organisation:" + user.organisationId();
        document.get("referrals").forEach(referral -> assertThat(List.of(
                referral.get("referringOrganisation").get("externalId").asString(),
                referral.get("referredOrganisation").get("externalId").asString())).contains(own));
    }

    @Test
    void aVictimRecordCarriesTheServicesProvidedToTheVictim() throws Exception {
        QorgauUser user = exporter("exch.srv.", DemoOrganisations.POLICE_ALMATY, ALMATY);
        String body = export(user, "from", "2015-01-01", "to", "2024-12-31", "kind", "victims");
        assertThat(ExchangeSchemaTests.errors(body)).isEmpty();
        List<String> references = new ArrayList<>();
        int services = 0;
        for (JsonNode victim : JSON.readTree(body).get("victims")) {
            references.add(victim.get("externalId").asString().substring("KZ-QORGAU:victim:".length()));
            JsonNode episodes = victim.path("services");
            services += episodes.size();
            episodes.forEach(episode -> {
                assertThat(episode.get("provider").get("externalId").asString()).startsWith(
                        "KZ-QORGAU:organisation:");
                assertThat(episode.path("referral").asString("KZ-QORGAU:referral:")).startsWith(
                        "KZ-QORGAU:referral:");
            });
        }
        // every episode of the exported records, and no other
        assertThat(services).isPositive().isEqualTo(jdbc.sql("""
                select count(*) from referrals_service_episode e join victims_victim v on v.id = e.victim_id
                where v.reference = any(:references)""").param("references", references.toArray(String[]::new))
                .query(Integer.class).single());
    }

    @Test
    void theExportHoldsTheVictimRecordsTheListShowsTheSameUserAndNoOthers() throws Exception {
        QorgauUser user = exporter("exch.reg.", DemoOrganisations.POLICE_ALMATY, ALMATY);
        JsonNode document = JSON.readTree(export(user, "from", "2022-01-01", "to", "2022-12-31", "kind", "victims"));
        List<String> listed = new ArrayList<>();
        SignedIn.run(user, () -> {
            PageResponse<VictimViews.VictimListItem> page;
            int number = 0;
            do {
                page = victimList.search(new VictimCommands.Search(null, 2022, null, null, null, null, null, null,
                        null), PageRequest.of(number++, 200));
                page.items().forEach(item -> listed.add("KZ-QORGAU:victim:" + item.reference()));
            } while (number < page.totalPages());
        });
        assertThat(listed).isNotEmpty();
        assertThat(externalIds(document, "victims")).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(document.get("persons")).as("kind victims carries victim records only").isNull();
        assertThat(document.get("referrals")).isNull();
    }

    @Test
    void aRegionHoldsOnlyThatRegionsRecords() throws Exception {
        QorgauUser user = exporter("exch.nat.", DemoOrganisations.POLICE_NATIONAL);
        JsonNode all = JSON.readTree(export(user, "from", "2015-01-01", "to", "2024-12-31", "kind", "victims"));
        JsonNode almaty = JSON.readTree(export(user, "from", "2015-01-01", "to", "2024-12-31", "kind", "victims",
                "region", ALMATY));
        assertThat(almaty.get("selection").get("region").asString()).isEqualTo(ALMATY);
        almaty.get("victims").forEach(victim -> assertThat(victim.get("region").asString()).isEqualTo(ALMATY));
        List<String> expected = new ArrayList<>();
        all.get("victims").forEach(victim -> {
            if (victim.has("region") && victim.get("region").asString().equals(ALMATY)) {
                expected.add(victim.get("externalId").asString());
            }
        });
        assertThat(expected).as("the national police see records of Almaty").isNotEmpty();
        assertThat(all.get("victims").size()).as("and of other regions").isGreaterThan(expected.size());
        assertThat(externalIds(almaty, "victims")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aPersonCarriesPersonalDataExactlyWhereTheUserMaySeeThePerson() throws Exception {
        QorgauUser user = exporter("exch.pii.", DemoOrganisations.POLICE_ALMATY, ALMATY);
        JsonNode document = JSON.readTree(export(user, "from", "2015-01-01", "to", "2024-12-31", "kind", "persons"));
        assertThat(document.get("persons")).isNotEmpty();
        int identified = 0;
        for (JsonNode person : document.get("persons")) {
            String pseudonym = person.get("externalId").asString().substring("KZ-QORGAU:person:".length());
            long id = jdbc.sql("select id from persons_person where pseudonym = :pseudonym")
                    .param("pseudonym", pseudonym).query(Long.class).single();
            boolean maySee = SignedIn.as(user, () -> persons.maySee(new PersonId(id)));
            assertThat(person.get("pseudonymous").asBoolean()).as(pseudonym).isEqualTo(!maySee);
            for (String field : List.of("firstName", "secondName", "middleName", "latinName", "birthdate",
                    "identityNumber", "identityDocuments")) {
                if (!maySee) {
                    assertThat(person.has(field)).as(pseudonym + " " + field).isFalse();
                }
            }
            if (maySee) {
                identified++;
                assertThat(person.has("firstName") || person.has("secondName")).as(pseudonym).isTrue();
            }
        }
        // the police see some persons' data (the victim consented to share with law enforcement), not others'
        assertThat(identified).isPositive().isLessThan(document.get("persons").size());
        long exported = audit.action(ExchangeExport.EXPORTED).by(user.getUsername()).count();
        assertThat(exported).isEqualTo(1);
        assertThat(audit.action(ExchangeExport.EXPORTED).by(user.getUsername()).entries().getFirst().details())
                .contains("\"personsWithPersonalData\":\"" + identified + "\"")
                .contains("\"persons\":\"" + document.get("persons").size() + "\"");
    }

    @Test
    void everyExportIsAuditedWithItsCountsAndNoPersonalData() throws Exception {
        QorgauUser user = exporter("exch.aud.", DemoOrganisations.POLICE_ALMATY, ALMATY);
        JsonNode document = JSON.readTree(export(user, "from", "2015-01-01", "to", "2024-12-31"));
        List<AuditAssertions.Entry> entries = audit.action(ExchangeExport.EXPORTED)
                .by(user.getUsername()).entries();
        assertThat(entries).hasSize(1);
        String details = entries.getFirst().details();
        assertThat(details).contains("\"kind\":\"ALL\"", "\"periodFrom\":\"2015-01-01\"", "\"periodTo\":\"2024-12-31\"",
                "\"victims\":\"" + document.get("victims").size() + "\"",
                "\"referrals\":\"" + document.get("referrals").size() + "\"");
        for (JsonNode person : document.get("persons")) {
            if (person.has("secondName")) {
                assertThat(details).doesNotContain(person.get("secondName").asString());
            }
            assertThat(details).doesNotContain(person.get("externalId").asString());
        }
    }

    @Test
    void exportingNeedsTheRecordExportPermission() throws Exception {
        for (String username : List.of("supervisor", "caseworker", "investigator")) {
            mvc.perform(get("/api/v1/exchange/export").param("from", "2022-01-01").param("to", "2022-12-31")
                    .with(users.as(username))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/exchange/export").param("from", "2022-01-01").param("to", "2022-12-31"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anAnalystWhoSeesNoRecordsExportsNone() throws Exception {
        JsonNode document = JSON.readTree(export(users.demo("analyst"), "from", "2015-01-01", "to", "2024-12-31"));
        assertThat(document.get("persons")).isEmpty();
        assertThat(document.get("victims")).isEmpty();
        assertThat(document.get("referrals")).isEmpty();
    }

    @Test
    void aSelectionThatCannotBeExportedIsRefusedWithAMessageInTheUsersLanguage() throws Exception {
        QorgauUser user = users.demo("analyst");
        String body = mvc.perform(get("/api/v1/exchange/export").param("from", "2022-12-31").param("to", "2022-01-01")
                .cookie(new Cookie("QORGAU_LANG", "en")).with(user(user))).andExpect(status().isBadRequest())
                .andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("exchange.error.period", "the last not before the first");
        String russian = mvc.perform(get("/api/v1/exchange/export").param("from", "2022-12-31")
                .param("to", "2022-01-01").with(user(user))).andExpect(status().isBadRequest()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(russian).contains("окончание не раньше начала");
        mvc.perform(get("/api/v1/exchange/export").param("from", "2022-01-01").param("to", "2022-12-31")
                .param("kind", "cases").with(user(user))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/exchange/export").param("from", "2022-01-01").param("to", "2022-12-31")
                .param("region", "KZ-99").with(user(user))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/exchange/export").param("from", "2000-01-01").param("to", "2022-12-31")
                .with(user(user))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/exchange/export").param("from", "01.01.2022").param("to", "2022-12-31")
                .with(user(user))).andExpect(status().isBadRequest());
    }

    @Test
    void theApplicationServesThePublishedSchema() throws Exception {
        for (String version : ExchangeDocument.READABLE) {
            byte[] served = mvc.perform(get("/api/v1/exchange/schema/" + version).with(users.as("caseworker")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            assertThat(new String(served, StandardCharsets.UTF_8))
                    .isEqualTo(Files.readString(ExchangeSchemaTests.schemaFile(version)));
        }
        mvc.perform(get("/api/v1/exchange/schema/7").with(users.as("caseworker"))).andExpect(status().isNotFound());
    }
}
