package kz.qorgau.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.TestUsers;
import java.util.stream.Collectors;

/**
 * The authorisation matrix (DESIGN.md §5): every handler mapping of the application, found at run
 * time, against one declared table of who may call it. An endpoint without a row fails the test, so a new one
 * cannot ship without saying who may use it. Each endpoint is called as every demo role and as an anonymous
 * visitor: those the table allows must not be refused (401, 403 or sent to sign in); all others must be refused
 * (403 for a signed-in role; 401 from the API or a redirect to sign in for an anonymous visitor).
 * <p>
 * Calls are made so that an allowed caller changes nothing: ids that do not exist, and request bodies that cannot
 * be read (the permission is checked before the body is read, so a refusal comes first whatever is sent).
 */
@QorgauTest
class AuthorizationMatrixTests extends FullTest {

    /**
     * The demo users, one per role; {@code analyst} also holds the record-export permission, {@code caseworker} the
     * record-import permission.
     */
    static final List<String> USERS = TestUsers.DEMO;
    static final String ANONYMOUS = "anonymous";

    /** Who is who in the table below. */
    static final Map<String, Set<String>> GROUPS = new LinkedHashMap<>();

    static {
        group("PUBLIC", USERS, ANONYMOUS);
        group("ALL", USERS);
        group("PEOPLE", "investigator supervisor prosecutor court inspector migration consul caseworker hotline");
        group("VICTIM_WORKERS", "investigator supervisor prosecutor inspector migration consul caseworker hotline");
        group("CASE_READERS", "investigator supervisor prosecutor court");
        group("LAW", "investigator supervisor prosecutor");
        group("POLICE", "investigator supervisor");
        group("OPERATION_READERS", "investigator supervisor prosecutor analyst");
        group("STATISTICIANS", "supervisor analyst");
        group("EXPORTERS", "analyst");
        group("PUBLISHERS", "analyst");
        group("GLASS", "investigator supervisor prosecutor court");
        group("SUPERVISORS", "supervisor");
        group("ADMINS", "admin");
        group("AUDITORS", "auditor");
        group("SHELTER_USERS", "admin caseworker social");
        group("SHELTER_OVERSEERS", "admin social");
        group("INSPECTORS", "inspector");
        group("MIGRATION", "migration");
        group("AGENCY_READERS", "investigator supervisor prosecutor inspector migration consul caseworker hotline");
        group("HOTLINE", "hotline");
        group("ENCODERS", "caseworker hotline");
        group("IMPORTERS", "caseworker");
        group("REFERRERS_ABROAD", "caseworker");
    }

    /**
     * The declared table: method, path pattern (as mapped), and who may call it. One line an endpoint; the
     * handler's own annotation is not consulted, so the table is an independent statement of DESIGN.md §5.
     */
    static final String TABLE = """
            # public: signing in, the second factor, the language, the error page
            GET    /login                                             PUBLIC
            GET    /login/second-factor                               PUBLIC
            POST   /login/second-factor                               PUBLIC
            GET    /login/second-factor/enrolment                     PUBLIC
            POST   /login/second-factor/enrolment                     PUBLIC
            GET    /login/second-factor/recovery-codes                PUBLIC
            POST   /language                                          PUBLIC
            ANY    /error                                             PUBLIC

            # every signed-in user: the start page, their account, reference lists, the API description
            GET    /                                                  ALL
            GET    /search                                            ALL
            GET    /account                                           ALL
            GET    /account/password                                  ALL
            POST   /account/password                                  ALL
            POST   /account/tokens                                    ALL
            POST   /account/tokens/{id}/revoke                        ALL
            GET    /api/v1/me                                         ALL
            GET    /api/v1/organisations                              ALL
            GET    /api/v1/organisations/{id}                         ALL
            GET    /api/v1/regions                                    ALL
            GET    /v3/api-docs                                       ALL
            GET    /v3/api-docs.yaml                                  ALL
            GET    /v3/api-docs/swagger-config                        ALL
            GET    /swagger-ui.html                                   ADMINS

            # administration
            GET    /admin/users                                       ADMINS
            GET    /admin/users/new                                   ADMINS
            POST   /admin/users                                       ADMINS
            GET    /admin/users/{id}                                  ADMINS
            GET    /admin/users/role-choices                          ADMINS
            POST   /admin/users/{id}                                  ADMINS
            POST   /admin/users/{id}/disable                          ADMINS
            POST   /admin/users/{id}/enable                           ADMINS
            POST   /admin/users/{id}/unlock                           ADMINS
            POST   /admin/users/{id}/reset-password                   ADMINS
            POST   /admin/users/{id}/second-factor-reset              ADMINS
            POST   /admin/users/role-requests/{requestId}/approval    ADMINS
            POST   /admin/users/role-requests/{requestId}/rejection   ADMINS
            GET    /api/v1/users                                      ADMINS
            POST   /api/v1/users                                      ADMINS
            GET    /api/v1/users/{id}                                 ADMINS
            PUT    /api/v1/users/{id}                                 ADMINS
            POST   /api/v1/users/{id}/disable                         ADMINS
            POST   /api/v1/users/{id}/enable                          ADMINS
            POST   /api/v1/users/{id}/password-reset                  ADMINS
            POST   /api/v1/users/{id}/second-factor-reset             ADMINS
            GET    /api/v1/users/role-requests                        ADMINS
            POST   /api/v1/users/role-requests/{requestId}/approval   ADMINS
            POST   /api/v1/users/role-requests/{requestId}/rejection  ADMINS
            GET    /admin/organisations                               ADMINS
            GET    /admin/organisations/new                           ADMINS
            POST   /admin/organisations                               ADMINS
            GET    /admin/organisations/{id}                          ADMINS
            POST   /admin/organisations/{id}                          ADMINS
            POST   /admin/organisations/{id}/deactivate               ADMINS
            POST   /admin/organisations/{id}/activate                 ADMINS
            POST   /api/v1/organisations                              ADMINS
            PUT    /api/v1/organisations/{id}                         ADMINS
            GET    /referrals/providers                               ADMINS
            POST   /referrals/providers/{organisationId}              ADMINS
            GET    /api/v1/referral-providers                         ADMINS
            PUT    /api/v1/referral-providers/{organisationId}        ADMINS

            # shelters: their operators' staff keep the stays; special social services oversee their regions
            GET    /shelters                                          SHELTER_USERS
            GET    /shelters/deadlines                                SHELTER_USERS
            GET    /shelters/new                                      SHELTER_OVERSEERS
            GET    /shelters/funding                                  SHELTER_OVERSEERS
            GET    /shelters/funding/download                         SHELTER_OVERSEERS
            POST   /shelters                                          SHELTER_OVERSEERS
            GET    /shelters/{id}                                     SHELTER_USERS
            POST   /shelters/{id}/capacity                            SHELTER_USERS
            POST   /shelters/{id}/close                               SHELTER_OVERSEERS
            GET    /shelters/{id}/admit                               SHELTER_USERS
            POST   /shelters/{id}/stays                               SHELTER_USERS
            POST   /shelters/{id}/stays/{stayId}/discharge            SHELTER_USERS
            POST   /shelters/{id}/stays/{stayId}/extend               SHELTER_USERS
            GET    /api/v1/shelters                                   SHELTER_USERS
            GET    /api/v1/shelters/{id}                              SHELTER_USERS
            GET    /api/v1/shelters/funding                           SHELTER_OVERSEERS
            GET    /api/v1/shelters/{id}/occupancy                    SHELTER_USERS
            GET    /api/v1/shelters/{id}/stays                        SHELTER_USERS
            POST   /api/v1/shelters                                   SHELTER_OVERSEERS
            POST   /api/v1/shelters/{id}/capacity                     SHELTER_USERS
            POST   /api/v1/shelters/{id}/stays                        SHELTER_USERS
            POST   /api/v1/shelters/{id}/stays/{stayId}/discharge     SHELTER_USERS
            POST   /api/v1/shelters/{id}/stays/{stayId}/extension     SHELTER_USERS
            GET    /api/v1/shelters/{id}/allocations                  SHELTER_USERS
            POST   /api/v1/shelters/{id}/allocations                  SHELTER_OVERSEERS
            POST   /api/v1/shelters/{id}/allocations/{allocationId}/correction SHELTER_OVERSEERS
            POST   /shelters/{id}/allocations                         SHELTER_OVERSEERS

            # labour inspections: the inspectorate's own; the police answer the notifications addressed to them
            GET    /inspections                                       INSPECTORS
            GET    /offline/key                                       ALL
            GET    /inspections/new                                   INSPECTORS
            POST   /inspections                                       INSPECTORS
            GET    /inspections/{id}                                  INSPECTORS
            POST   /inspections/{id}/notification                     INSPECTORS
            GET    /inspections/{id}/screenings/new                   INSPECTORS
            POST   /inspections/{id}/screenings                       INSPECTORS
            GET    /removals                                          MIGRATION
            GET    /removals/new                                      MIGRATION
            POST   /removals                                          MIGRATION
            GET    /removals/{id}                                     MIGRATION
            POST   /removals/{id}/no-screening                        MIGRATION
            POST   /removals/{id}/execution                           MIGRATION
            GET    /removals/{id}/screening                           MIGRATION
            POST   /removals/{id}/screening                           MIGRATION

            # recruitment agencies: the register, the licensing authority's decisions, the public licence check
            GET    /agencies                                          AGENCY_READERS
            GET    /agencies/new                                      INSPECTORS
            POST   /agencies                                          INSPECTORS
            GET    /agencies/{id}                                     AGENCY_READERS
            POST   /agencies/{id}/decisions                           INSPECTORS
            POST   /agencies/{id}/sanctions                           INSPECTORS
            POST   /agencies/{id}/complaints                          AGENCY_READERS
            POST   /agencies/{id}/complaints/{complaint}/outcome      INSPECTORS
            POST   /agencies/{id}/mentions                            AGENCY_READERS
            GET    /agencies/intermediaries                           AGENCY_READERS
            GET    /agencies/intermediaries/new                       AGENCY_READERS
            POST   /agencies/intermediaries                           AGENCY_READERS
            GET    /agencies/intermediaries/{id}                      AGENCY_READERS
            GET    /public/agencies                                   PUBLIC
            GET    /public/report                                     PUBLIC
            GET    /public/statistics                                 PUBLIC
            GET    /public/statistics/{year}/{number}                 PUBLIC
            GET    /public/statistics/{year}/{number}/{name}          PUBLIC
            POST   /public/report                                     PUBLIC
            # the hotline: its operators' log and follow-ups, its funding; the police's answers to its notifications
            GET    /hotline                                           HOTLINE
            POST   /hotline/calls                                     HOTLINE
            POST   /hotline/calls/quick                               HOTLINE
            GET    /hotline/calls/{id}                                HOTLINE
            POST   /hotline/calls/{id}/type                           HOTLINE
            POST   /hotline/calls/{id}/police                         HOTLINE
            POST   /hotline/calls/{id}/victim                         HOTLINE
            POST   /hotline/calls/{id}/referral                       HOTLINE
            POST   /hotline/calls/{id}/no-action                      HOTLINE
            GET    /hotline/funding                                   HOTLINE
            POST   /hotline/funding                                   HOTLINE
            GET    /hotline/notifications                             POLICE
            # the yearly figures that no record yields: entered by one, approved by another
            GET    /prevention/figures                                STATISTICIANS
            POST   /prevention/figures                                STATISTICIANS
            POST   /prevention/figures/{id}/approval                  STATISTICIANS
            # prevention and coordination: bodies, members, meetings, tasks; trainings; the action plan
            GET    /prevention/coordination                           STATISTICIANS
            POST   /prevention/coordination                           STATISTICIANS
            GET    /prevention/coordination/{id}                      STATISTICIANS
            POST   /prevention/coordination/{id}/members              STATISTICIANS
            POST   /prevention/coordination/{id}/departures           STATISTICIANS
            POST   /prevention/coordination/{id}/meetings             STATISTICIANS
            POST   /prevention/coordination/{id}/tasks                STATISTICIANS
            POST   /prevention/coordination/{id}/closings             STATISTICIANS
            GET    /prevention/trainings                              STATISTICIANS
            POST   /prevention/trainings                              STATISTICIANS
            GET    /prevention/plans                                  STATISTICIANS
            POST   /prevention/plans                                  STATISTICIANS
            GET    /prevention/plans/{id}                             STATISTICIANS
            POST   /prevention/plans/{id}/items                       STATISTICIANS
            POST   /prevention/plans/{id}/reports                     STATISTICIANS
            GET    /prevention/campaigns                              STATISTICIANS
            POST   /prevention/campaigns                              STATISTICIANS
            GET    /prevention/milestones                             STATISTICIANS
            POST   /prevention/milestones                             STATISTICIANS
            GET    /hotline/notifications/{id}                        POLICE
            POST   /hotline/notifications/{id}/registered             POLICE
            POST   /hotline/notifications/{id}/refused                POLICE
            GET    /inspections/notifications                         POLICE
            GET    /inspections/notifications/{id}                    POLICE
            POST   /inspections/notifications/{id}/registration       POLICE
            POST   /inspections/notifications/{id}/refusal            POLICE
            GET    /inspections/pipeline                              STATISTICIANS
            GET    /api/v1/inspections                                INSPECTORS
            GET    /api/v1/inspections/{id}                           INSPECTORS
            POST   /api/v1/inspections                                INSPECTORS
            POST   /api/v1/inspections/{id}/notification              INSPECTORS
            GET    /api/v1/inspection-notifications                   POLICE
            GET    /api/v1/inspection-notifications/{id}              POLICE
            POST   /api/v1/inspection-notifications/{id}/registration POLICE
            POST   /api/v1/inspection-notifications/{id}/refusal      POLICE

            # the audit trail and the break-the-glass grants with their reasons
            GET    /audit                                             AUDITORS
            POST   /audit/verification                                AUDITORS
            POST   /audit/entries/{seq}/unsealed                      AUDITORS
            GET    /audit/break-glass                                 AUDITORS
            GET    /api/v1/audit/entries                              AUDITORS
            POST   /api/v1/audit/entries/{seq}/unsealed               AUDITORS
            POST   /api/v1/audit/verification                         AUDITORS
            GET    /api/v1/audit/break-glass                          AUDITORS

            # breaking the glass
            GET    /break-glass                                       GLASS
            GET    /break-glass/team                                  SUPERVISORS
            GET    /cases/break-glass                                 GLASS
            POST   /cases/break-glass                                 GLASS
            POST   /api/v1/cases/break-glass                          GLASS
            GET    /victims/break-glass                               LAW
            POST   /victims/break-glass                               LAW
            POST   /api/v1/victims/break-glass                        LAW

            # the person registry
            GET    /persons                                           PEOPLE
            POST   /persons                                           PEOPLE
            GET    /persons/new                                       PEOPLE
            POST   /persons/new                                       PEOPLE
            GET    /persons/{id}                                      PEOPLE
            GET    /persons/duplicates                                SUPERVISORS
            GET    /persons/duplicates/{id}                           SUPERVISORS
            POST   /persons/duplicates/{id}                           SUPERVISORS
            GET    /persons/duplicates/merges                         SUPERVISORS
            POST   /persons/duplicates/merges/{id}/undo               SUPERVISORS
            GET    /victims/merges                                    SUPERVISORS
            GET    /victims/merges/pairs/{first}/{second}             SUPERVISORS
            POST   /victims/merges/pairs/{first}/{second}             SUPERVISORS
            GET    /victims/merges/merged                             SUPERVISORS
            POST   /victims/merges/merged/{id}/undo                   SUPERVISORS
            POST   /persons/{id}/reveal                               PEOPLE
            GET    /persons/{id}/reveal                               PEOPLE
            POST   /api/v1/persons                                    PEOPLE
            PUT    /api/v1/linkage/encodings                          ENCODERS
            DELETE /api/v1/linkage/encodings                          ENCODERS
            GET    /api/v1/linkage/links                              ENCODERS
            GET    /api/v1/persons/matches                            PEOPLE
            POST   /api/v1/persons/matches                            PEOPLE
            GET    /api/v1/persons/{id}                               PEOPLE
            PUT    /api/v1/persons/{id}                               PEOPLE
            POST   /api/v1/persons/{id}/reveal                        PEOPLE

            # criminal cases
            GET    /cases                                             CASE_READERS
            GET    /cases/{id}                                        CASE_READERS
            GET    /cases/{id}/print                                  CASE_READERS
            GET    /cases/{id}/events/{type}                          CASE_READERS
            POST   /cases/{id}/events/{type}                          CASE_READERS
            POST   /cases/{id}/events/{seq}/retraction                CASE_READERS
            GET    /cases/new                                         POLICE
            POST   /cases                                             POLICE
            GET    /cases/{id}/defendants/new                         POLICE
            POST   /cases/{id}/defendants                             POLICE
            POST   /cases/{id}/narrative                              LAW
            POST   /cases/{id}/victims/{victimId}/unlink              LAW
            GET    /cases/{id}/qualification                          LAW
            POST   /cases/{id}/qualification                          LAW
            GET    /api/v1/cases                                      CASE_READERS
            GET    /api/v1/cases/{id}                                 CASE_READERS
            POST   /api/v1/cases/{id}/events                          CASE_READERS
            POST   /api/v1/cases/{id}/events/{seq}/correction         CASE_READERS
            POST   /api/v1/cases/{id}/events/{seq}/retraction         CASE_READERS
            POST   /api/v1/cases                                      POLICE
            POST   /api/v1/cases/{id}/defendants                      POLICE
            PUT    /api/v1/cases/{id}/qualification                   LAW

            # special operations and international cooperation (no personal data: analysts read them too)
            GET    /operations                                        OPERATION_READERS
            GET    /operations/{id}                                   OPERATION_READERS
            GET    /operations/new                                    POLICE
            POST   /operations                                        POLICE
            POST   /operations/{id}                                   POLICE
            GET    /api/v1/operations                                 OPERATION_READERS
            GET    /api/v1/operations/{id}                            OPERATION_READERS
            POST   /api/v1/operations                                 POLICE
            PUT    /api/v1/operations/{id}                            POLICE
            GET    /cooperation                                       OPERATION_READERS
            GET    /cooperation/{id}                                  OPERATION_READERS
            GET    /cooperation/new                                   LAW
            POST   /cooperation                                       LAW
            POST   /cooperation/{id}/steps                            LAW
            GET    /api/v1/cooperation                                OPERATION_READERS
            GET    /api/v1/cooperation/{id}                           OPERATION_READERS
            POST   /api/v1/cooperation                                LAW
            POST   /api/v1/cooperation/{id}/steps                     LAW

            # victims
            GET    /victims                                           VICTIM_WORKERS
            GET    /victims/new                                       VICTIM_WORKERS
            POST   /victims                                           VICTIM_WORKERS
            POST   /victims/suggestion                                VICTIM_WORKERS
            GET    /victims/deadlines                                 VICTIM_WORKERS
            GET    /victims/{id}                                      VICTIM_WORKERS
            GET    /victims/{id}/print                                VICTIM_WORKERS
            GET    /victims/{id}/screenings/new                       VICTIM_WORKERS
            POST   /victims/{id}/screenings                           VICTIM_WORKERS
            GET    /victims/{id}/situation                            VICTIM_WORKERS
            POST   /victims/{id}/situation                            VICTIM_WORKERS
            POST   /victims/{id}/status                               VICTIM_WORKERS
            POST   /victims/{id}/consents                             VICTIM_WORKERS
            POST   /victims/{id}/rights                               VICTIM_WORKERS
            POST   /victims/{id}/reflection                           VICTIM_WORKERS
            POST   /victims/{id}/reflection/extension                 VICTIM_WORKERS
            POST   /victims/{id}/permits                              VICTIM_WORKERS
            POST   /victims/{id}/permits/decision                     VICTIM_WORKERS
            POST   /victims/{id}/compensation                         VICTIM_WORKERS
            POST   /victims/{id}/compensation/award                   VICTIM_WORKERS
            POST   /victims/{id}/compensation/payment                 VICTIM_WORKERS
            POST   /victims/{id}/non-punishment                       VICTIM_WORKERS
            POST   /victims/{id}/testimonies                          VICTIM_WORKERS
            POST   /victims/{id}/protection                           LAW
            GET    /victims/link                                      LAW
            POST   /victims/link                                      LAW
            GET    /api/v1/victims                                    VICTIM_WORKERS
            POST   /api/v1/victims                                    VICTIM_WORKERS
            POST   /api/v1/victims/suggestion                         VICTIM_WORKERS
            GET    /api/v1/victims/deadlines                          VICTIM_WORKERS
            GET    /api/v1/victims/{id}                               VICTIM_WORKERS
            POST   /api/v1/victims/{id}/screenings                    VICTIM_WORKERS
            PUT    /api/v1/victims/{id}/situation                     VICTIM_WORKERS
            POST   /api/v1/victims/{id}/status                        VICTIM_WORKERS
            POST   /api/v1/victims/{id}/consents                      VICTIM_WORKERS
            POST   /api/v1/victims/{id}/rights                        VICTIM_WORKERS
            POST   /api/v1/victims/{id}/reflection                    VICTIM_WORKERS
            POST   /api/v1/victims/{id}/reflection/extension          VICTIM_WORKERS
            POST   /api/v1/victims/{id}/permits                       VICTIM_WORKERS
            POST   /api/v1/victims/{id}/permits/decision              VICTIM_WORKERS
            POST   /api/v1/victims/{id}/non-punishment                VICTIM_WORKERS
            POST   /api/v1/victims/{id}/testimonies                   VICTIM_WORKERS
            POST   /api/v1/victims/{id}/compensation                  VICTIM_WORKERS
            POST   /api/v1/victims/{id}/compensation/award            VICTIM_WORKERS
            POST   /api/v1/victims/{id}/compensation/payment          VICTIM_WORKERS
            POST   /api/v1/victims/{id}/protection                    LAW
            POST   /api/v1/victims/case-links                         LAW

            # referrals
            GET    /referrals                                         VICTIM_WORKERS
            GET    /referrals/outbox                                  VICTIM_WORKERS
            GET    /referrals/new                                     VICTIM_WORKERS
            POST   /referrals                                         VICTIM_WORKERS
            GET    /referrals/{id}                                    VICTIM_WORKERS
            GET    /referrals/{id}/print                              VICTIM_WORKERS
            POST   /referrals/{id}/accept                             VICTIM_WORKERS
            POST   /referrals/{id}/decline                            VICTIM_WORKERS
            POST   /referrals/{id}/complete                           VICTIM_WORKERS
            POST   /referrals/{id}/revoke                             VICTIM_WORKERS
            POST   /referrals/services                                VICTIM_WORKERS
            POST   /referrals/notifications/read                      VICTIM_WORKERS
            GET    /referrals/notifications/menu                      VICTIM_WORKERS
            GET    /referrals/for-victim/{victimId}                   VICTIM_WORKERS
            GET    /api/v1/referrals/inbox                            VICTIM_WORKERS
            GET    /api/v1/referrals/outbox                           VICTIM_WORKERS
            POST   /api/v1/referrals                                  VICTIM_WORKERS
            GET    /api/v1/referrals/{id}                             VICTIM_WORKERS
            POST   /api/v1/referrals/{id}/accept                      VICTIM_WORKERS
            POST   /api/v1/referrals/{id}/decline                     VICTIM_WORKERS
            POST   /api/v1/referrals/{id}/complete                    VICTIM_WORKERS
            POST   /api/v1/referrals/{id}/revoke                      VICTIM_WORKERS
            GET    /api/v1/victims/{victimId}/referrals               VICTIM_WORKERS
            POST   /api/v1/referrals/services                         VICTIM_WORKERS
            GET    /api/v1/referrals/notifications                    VICTIM_WORKERS
            POST   /api/v1/referrals/notifications/read               VICTIM_WORKERS

            # statistics: de-identified figures; record-level exports need their own permission
            GET    /statistics                                        STATISTICIANS
            GET    /statistics/records                                STATISTICIANS
            GET    /statistics/export/{year}                          STATISTICIANS
            GET    /statistics/glotip/{year}                          STATISTICIANS
            GET    /statistics/report/{year}.pdf                      STATISTICIANS
            GET    /statistics/ctdc/{year}                            EXPORTERS
            GET    /statistics/editions                               STATISTICIANS
            POST   /statistics/editions                               PUBLISHERS
            GET    /statistics/editions/{id}                          STATISTICIANS
            GET    /statistics/editions/{id}/files/{name}             STATISTICIANS
            GET    /statistics/editions/{id}/revision                 STATISTICIANS
            POST   /statistics/editions/{id}/revision                 PUBLISHERS
            GET    /statistics/editions/{id}/revision/records         STATISTICIANS
            GET    /api/v1/statistics/annual/{year}                   STATISTICIANS
            GET    /api/v1/statistics/indicators                      STATISTICIANS
            GET    /api/v1/statistics/glotip/{year}                   STATISTICIANS
            GET    /api/v1/statistics/ctdc/{year}                     EXPORTERS

            # the exchange format: its schema (no data) to every signed-in user, the export of records to exporters
            GET    /api/v1/exchange/schema/{version}                  ALL
            GET    /api/v1/exchange/export                            EXPORTERS
            # the bulk import: those given the record-import permission beside a role that registers victims
            GET    /exchange/imports                                  IMPORTERS
            POST   /exchange/imports                                  IMPORTERS
            GET    /exchange/imports/{id}                             IMPORTERS
            GET    /exchange/imports/template.xlsx                    IMPORTERS
            POST   /api/v1/exchange/imports                           IMPORTERS
            GET    /api/v1/exchange/imports/{id}                      IMPORTERS
            # the transnational mechanism: its peers configured by administrators; their messages signed, so public
            GET    /admin/peers                                       ADMINS
            POST   /admin/peers                                       ADMINS
            POST   /admin/peers/{id}/deactivate                       ADMINS
            POST   /admin/peers/outbox/{id}/send-again                ADMINS
            POST   /api/v1/exchange/messages                          PUBLIC
            # the referrals between countries: those given the cross-border permission beside a role that refers
            GET    /exchange/referrals                                REFERRERS_ABROAD
            POST   /exchange/referrals                                REFERRERS_ABROAD
            GET    /exchange/referrals/new                            REFERRERS_ABROAD
            GET    /exchange/referrals/{id}                           REFERRERS_ABROAD
            POST   /exchange/referrals/{id}/steps                     REFERRERS_ABROAD
            POST   /exchange/referrals/{id}/victim                    REFERRERS_ABROAD
            GET    /api/v1/exchange/referrals                         REFERRERS_ABROAD
            POST   /api/v1/exchange/referrals                         REFERRERS_ABROAD
            GET    /api/v1/exchange/referrals/{id}                    REFERRERS_ABROAD
            POST   /api/v1/exchange/referrals/{id}/steps              REFERRERS_ABROAD
            POST   /api/v1/exchange/referrals/{id}/victim             REFERRERS_ABROAD
            """;

    record Endpoint(String method, String pattern) implements Comparable<Endpoint> {

        @Override
        public int compareTo(Endpoint other) {
            int byPattern = pattern.compareTo(other.pattern);
            return byPattern != 0 ? byPattern : method.compareTo(other.method);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    static final Map<Endpoint, Set<String>> DECLARED = parse();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Every handler mapping of the running application, one per method and pattern. */
    Set<Endpoint> mapped() {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("ANY")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(
                            Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                methods.forEach(method -> endpoints.add(new Endpoint(method, pattern)));
            }
        }
        return endpoints;
    }

    @Test
    void everyEndpointOfTheApplicationHasADeclaredExpectation() {
        Set<Endpoint> mapped = mapped();
        Set<Endpoint> undeclared = new TreeSet<>(mapped);
        undeclared.removeAll(DECLARED.keySet());
        Set<Endpoint> stale = new TreeSet<>(DECLARED.keySet());
        stale.removeAll(mapped);
        assertThat(undeclared).as("endpoints without a row in the authorisation matrix").isEmpty();
        assertThat(stale).as("rows of the matrix for endpoints that no longer exist").isEmpty();
        assertThat(mapped).hasSizeGreaterThan(150);
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEachRoleAsDeclared() {
        return mapped().stream().filter(DECLARED::containsKey).map(endpoint -> DynamicTest.dynamicTest(
                endpoint.toString(), () -> check(endpoint, DECLARED.get(endpoint))));
    }

    private void check(Endpoint endpoint, Set<String> allowed) throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String who : all()) {
            MockHttpServletResponse response = call(endpoint, who);
            int status = response.getStatus();
            String location = response.getRedirectedUrl() == null ? "" : response.getRedirectedUrl();
            boolean sentToSignIn = status / 100 == 3 && (location.endsWith("/login") || location.contains(
                    "/login/second-factor"));
            boolean refused = status == 401 || status == 403 || sentToSignIn;
            if (allowed.contains(who)) {
                if (refused) {
                    wrong.add(who + ": expected access, got " + status + " " + location);
                }
            } else if (who.equals(ANONYMOUS)) {
                boolean api = isApi(endpoint.pattern());
                if (api ? status != 401 : !sentToSignIn) {
                    wrong.add(who + ": expected " + (api ? "401" : "to be sent to sign in") + ", got " + status + " "
                            + location);
                }
            } else if (status != 403) {
                wrong.add(who + ": expected 403, got " + status + " " + location);
            }
        }
        assertThat(wrong).as(endpoint.toString()).isEmpty();
    }

    /** The API and its description answer in JSON: 401 to an anonymous caller, never a sign-in page. */
    private static boolean isApi(String pattern) {
        return pattern.startsWith("/api/") || pattern.startsWith("/v3/api-docs");
    }

    private MockHttpServletResponse call(Endpoint endpoint, String who) throws Exception {
        String method = endpoint.method().equals("ANY") ? "GET" : endpoint.method();
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path(endpoint.pattern()));
        boolean api = isApi(endpoint.pattern());
        request.accept(api ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        if (!method.equals("GET")) {
            request.with(csrf());
            if (api) {
                // unreadable: an allowed caller is answered 400 before anything is done
                request.contentType(MediaType.APPLICATION_JSON).content("{");
            }
        }
        if (!who.equals(ANONYMOUS)) {
            request.with(user(users.demo(who)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The pattern with its variables filled: ids that do not exist, a year with figures, a valid event type. */
    static String path(String pattern) {
        Matcher variable = Pattern.compile("\\{([^}:]+)(:[^}]*)?}").matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value = switch (variable.group(1)) {
                case "year" -> "2022";
                case "type" -> "SUSPENDED";
                case "group" -> "default";
                default -> "999999999";
            };
            variable.appendReplacement(path, value);
        }
        variable.appendTail(path);
        return path.toString();
    }

    static List<String> all() {
        List<String> everyone = new ArrayList<>(USERS);
        everyone.add(ANONYMOUS);
        return everyone;
    }

    private static void group(String name, String members) {
        GROUPS.put(name, new LinkedHashSet<>(Arrays.asList(members.split(" "))));
    }

    private static void group(String name, List<String> users, String... more) {
        Set<String> members = new LinkedHashSet<>(users);
        members.addAll(Arrays.asList(more));
        GROUPS.put(name, members);
    }

    private static Map<Endpoint, Set<String>> parse() {
        Map<Endpoint, Set<String>> table = new LinkedHashMap<>();
        for (String line : TABLE.split("\n")) {
            String row = line.strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String[] cells = row.split("\\s+");
            if (cells.length != 3 || !GROUPS.containsKey(cells[2])) {
                throw new IllegalStateException("unreadable row of the matrix: " + row);
            }
            Endpoint endpoint = new Endpoint(cells[0], cells[1]);
            if (table.put(endpoint, GROUPS.get(cells[2])) != null) {
                throw new IllegalStateException("two rows for " + endpoint);
            }
        }
        return table;
    }
}
