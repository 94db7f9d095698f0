package kz.qorgau.system;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI description of {@code /api/v1} as API consumers need it to generate a client: the product's name,
 * version and licence; how to authenticate (a personal access token, or the session of a signed-in browser);
 * the problem-detail answers each operation may give; operation ids that read as the domain
 * ({@code registerCase}, {@code revealPerson}) instead of {@code get_1}; and schema names that stay distinct when
 * two modules name a nested type alike ({@code CaseRegistration}, {@code VictimRegistration}).
 * {@code OpenApiDocumentTests} holds the document to the rules of Redocly's recommended lint.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER_TOKEN = "bearerToken";
    static final String SESSION = "session";
    static final String PROBLEM = "Problem";

    /** Single-word handler names that need no noun after them, and names that read better said otherwise. */
    private static final Map<String, String> OPERATION_NAMES = Map.ofEntries(
            Map.entry("User.me", "getCurrentUser"),
            Map.entry("Organisation.regions", "listRegions"),
            Map.entry("Statistics.catalogue", "listIndicators"),
            Map.entry("Statistics.annual", "getAnnualReport"),
            Map.entry("Statistics.glotip", "getGlotipTable"),
            Map.entry("Statistics.ctdc", "exportCtdcRecords"),
            Map.entry("Audit.entries", "searchAuditEntries"),
            Map.entry("Audit.grants", "listBreakGlassGrants"),
            Map.entry("Audit.verify", "verifyAuditTrail"),
            Map.entry("Audit.unseal", "unsealAuditEntry"),
            Map.entry("Referral.inbox", "listReferralInbox"),
            Map.entry("Referral.outbox", "listReferralOutbox"),
            Map.entry("ReferralDirectory.providers", "listServiceProviders"),
            Map.entry("ReferralDirectory.setProfile", "setServiceProviderProfile"),
            Map.entry("Referral.notifications", "listNotifications"),
            Map.entry("Referral.markRead", "markNotificationsRead"),
            Map.entry("ReferralDirectory.forVictim", "listReferralsOfVictim"),
            Map.entry("Person.matches", "findPersonMatches"),
            Map.entry("Person.matches.GET", "findPersonMatchesByParameters"),
            Map.entry("Person.reveal", "revealPerson"),
            Map.entry("Victim.breakGlass", "breakGlassForVictim"),
            Map.entry("Case.breakGlass", "breakGlassForCase"),
            Map.entry("Victim.suggest", "suggestScreeningDecision"),
            Map.entry("Victim.link", "linkVictimToCase"),
            Map.entry("Victim.deadlines", "listVictimDeadlines"),
            Map.entry("Victim.describe", "describeVictimSituation"),
            Map.entry("Victim.screen", "screenVictim"),
            Map.entry("Case.record", "recordCaseEvent"),
            Map.entry("Case.retract", "retractCaseEvent"),
            Map.entry("Case.correct", "correctCaseEvent"),
            Map.entry("Case.requalify", "requalifyCase"),
            Map.entry("Operation.plan", "planOperation"),
            Map.entry("Cooperation.open", "openCooperationRequest"),
            Map.entry("Cooperation.advance", "advanceCooperationRequest"),
            Map.entry("User.roleRequests", "listRoleRequests"));

    private static final Set<String> COLLECTION_VERBS = Set.of("search", "list");
    private static final Pattern TEMPLATED = Pattern.compile("\\{[^}]+}");

    @Bean
    OpenAPI qorgauApi(@Value("${qorgau.version:development}") String version) {
        return new OpenAPI()
                .info(new Info().title("Qorgau API")
                        .description("The national anti-trafficking information system of Kazakhstan: criminal cases, "
                                + "victims and referrals, statistics. Errors are RFC 9457 problem details with a "
                                + "detail in the caller's language (Accept-Language: ru, kk, en).")
                        .version(version)
                        .license(new License().name("Proprietary: for the agencies and organisations connected to "
                                + "Qorgau").identifier("LicenseRef-Qorgau")))
                .servers(List.of(new Server().url("/").description("this Qorgau installation")))
                .components(new Components()
                        .addSecuritySchemes(BEARER_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("qgt_…")
                                .description("A personal access token created under My account → API access tokens; "
                                        + "it acts with its owner's roles and scope. Token calls need no CSRF token."))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("QORGAU_SESSION")
                                .description("The session of a user signed in through the login page; writes "
                                        + "also need the X-CSRF-TOKEN header.")))
                .security(List.of(new SecurityRequirement().addList(BEARER_TOKEN),
                        new SecurityRequirement().addList(SESSION)));
    }

    /** Operation ids from the handler: {@code register} on the case API is {@code registerCase}. */
    @Bean
    GlobalOperationCustomizer operationNames() {
        return (operation, handler) -> {
            operation.setOperationId(operationId(handler));
            return operation;
        };
    }

    static String operationId(HandlerMethod handler) {
        String noun = noun(handler.getBeanType());
        String method = handler.getMethod().getName();
        boolean get = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), GetMapping.class);
        String named = OPERATION_NAMES.getOrDefault(noun + "." + method + (get ? ".GET" : ""),
                OPERATION_NAMES.get(noun + "." + method));
        if (named != null) {
            return named;
        }
        if (!method.chars().allMatch(Character::isLowerCase)) {
            return method;
        }
        return method + (COLLECTION_VERBS.contains(method) ? plural(noun) : noun);
    }

    /** {@code CaseApiController} → {@code Case}, {@code CooperationApiController} → {@code Cooperation}. */
    static String noun(Class<?> type) {
        String name = type.getSimpleName();
        for (String suffix : List.of("ApiController", "Controller")) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    private static String plural(String noun) {
        return switch (noun) {
            case "Cooperation" -> "CooperationRequests";
            case "Person" -> "Persons";
            default -> noun.endsWith("s") ? noun : noun + "s";
        };
    }

    /**
     * The answers every operation may give besides its success, as problem details: 400 where a body or a parameter
     * is read, 401 and 403 always, 404 where the path names a record, 409 for writes, 503 while the database
     * cannot be reached.
     */
    @Bean
    GlobalOpenApiCustomizer problemResponses() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            // Added here rather than on the bean: springdoc rebuilds the components from the scanned types.
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation
                        .getResponses();
                boolean reads = operation.getRequestBody() != null
                        || (operation.getParameters() != null && !operation.getParameters().isEmpty());
                if (reads) {
                    add(responses, "400", "The body or a parameter cannot be used; `errors` names each field.");
                }
                add(responses, "401", "No valid access token or session.");
                add(responses, "403", "The caller's roles do not allow this operation.");
                if (TEMPLATED.matcher(path).find()) {
                    add(responses, "404", "No such record in the caller's scope.");
                }
                if (method != PathItem.HttpMethod.GET) {
                    add(responses, "409", "A rule forbids the change, or someone changed the record at the same "
                            + "moment: read it again and repeat.");
                }
                add(responses, "503", "The database cannot be reached; try again after Retry-After seconds.");
                operation.setResponses(responses);
            }));
        };
    }

    private static void add(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType("application/problem+json",
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().description("A URI that identifies the kind of problem"));
        properties.put("title", new StringSchema());
        properties.put("status", new IntegerSchema());
        properties.put("detail", new StringSchema().description("What went wrong, in the caller's language"));
        properties.put("instance", new StringSchema());
        properties.put("code", new StringSchema().description("A stable code of the rule that was broken"));
        // A schema as additionalProperties does not survive springdoc's copy of the document; the description
        // says what the values are.
        properties.put("errors", new ObjectSchema().additionalProperties(Boolean.TRUE)
                .description("For 400: each field or parameter that cannot be used, mapped to the rule it breaks "
                        + "(a string in the caller's language)"));
        return new ObjectSchema().description("An RFC 9457 problem detail").properties(properties)
                .required(List.of("status", "title"));
    }

    /**
     * Schema names of nested types carry their enclosing type's noun unless they begin with it, so that
     * {@code CaseCommands.Registration} and {@code VictimCommands.Registration} stay two schemas; record components
     * of primitive type are required (a body without them cannot be read).
     */
    @Bean
    ModelResolver qorgauModelResolver(ObjectMapperProvider mappers) {
        return new RequiredPrimitives(mappers.jsonMapper()).openapi31(true);
    }

    static final class RequiredPrimitives extends ModelResolver {

        RequiredPrimitives(ObjectMapper mapper) {
            super(mapper, new QualifiedNestedNames());
        }

        @Override
        public Schema resolve(AnnotatedType annotated, ModelConverterContext context, Iterator<ModelConverter> chain) {
            Schema resolved = super.resolve(annotated, context, chain);
            JavaType type = annotated.getType() instanceof JavaType java ? java
                    : _mapper.constructType(annotated.getType());
            Class<?> raw = type.getRawClass();
            if (raw.isRecord() && raw.getName().startsWith("kz.qorgau.")) {
                Schema model = context.getDefinedModels().get(_typeName(type));
                if (model != null) {
                    for (RecordComponent component : raw.getRecordComponents()) {
                        if (component.getType().isPrimitive() && (model.getRequired() == null
                                || !model.getRequired().contains(component.getName()))) {
                            model.addRequiredItem(component.getName());
                        }
                    }
                }
            }
            return resolved;
        }
    }

    static final class QualifiedNestedNames extends TypeNameResolver {

        @Override
        protected String getNameOfClass(Class<?> type) {
            String simple = super.getNameOfClass(type);
            Class<?> enclosing = type.getEnclosingClass();
            if (enclosing == null || !type.getName().startsWith("kz.qorgau.")) {
                return simple;
            }
            String noun = noun(enclosing);
            for (String suffix : List.of("Commands", "Views", "Queries", "Registry", "Mechanism")) {
                if (noun.endsWith(suffix) && noun.length() > suffix.length()) {
                    noun = noun.substring(0, noun.length() - suffix.length());
                }
            }
            noun = noun.length() > 1 && noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length()
                    - 1)
                    : noun;
            return simple.toLowerCase(Locale.ROOT).startsWith(noun.toLowerCase(Locale.ROOT)) ? simple : noun + simple;
        }
    }
}
