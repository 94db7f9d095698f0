package kz.qorgau.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * Checks a document against the published schema of the version it states (with format assertions on: dates are
 * dates), and says each error as an {@link ImportProblem} in the reader's terms: which record, which path, what is
 * wrong, never the wrong value itself.
 */
@Component
class SchemaCheck {

    /** A field name worth repeating in a message: a misspelt field of the format, not a value someone typed. */
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");
    private static final List<String> ARRAYS = List.of("persons", "victims", "referrals");

    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** The problems of the document against the schema of the version (one of {@link ExchangeDocument#READABLE}). */
    List<ImportProblem> check(String version, JsonNode document) {
        List<ImportProblem> problems = new ArrayList<>();
        for (Error error : schema(version).validate(document)) {
            problems.add(problem(error, document));
            if (problems.size() >= ImportProblem.KEPT) {
                break;
            }
        }
        return problems;
    }

    private Schema schema(String version) {
        return schemas.computeIfAbsent(version, key -> {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(
                            SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
            return registry.getSchema(ExchangeSchemas.text(key).orElseThrow(), InputFormat.JSON);
        });
    }

    private static ImportProblem problem(Error error, JsonNode document) {
        NodePath location = error.getInstanceLocation();
        StringBuilder path = new StringBuilder();
        String kind = null;
        Integer index = null;
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path.append('/').append(element instanceof String name && !FIELD_NAME.matcher(name).matches() ? "…"
                    : element);
            if (i == 0 && element instanceof String name && ARRAYS.contains(name)) {
                kind = name;
            }
            if (i == 1 && kind != null && element instanceof Integer position) {
                index = position + 1;
            }
        }
        String externalId = null;
        if (kind != null && index != null) {
            JsonNode id = document.path(kind).path(index - 1).path("externalId");
            externalId = id.isString() && ExchangeImport.EXTERNAL_ID.matcher(id.asString()).matches() ? id.asString()
                    : null;
        }
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        return switch (keyword) {
            case "required" -> new ImportProblem(kind, index, externalId, path.toString(),
                    "exchange.import.schema.required", List.of(fieldName(error.getProperty())));
            case "additionalProperties", "unevaluatedProperties" -> new ImportProblem(kind, index, externalId,
                    path + "/" + fieldName(error.getProperty()), "exchange.import.schema.unknown-field",
                    List.of(fieldName(error.getProperty())));
            case "enum", "const" -> new ImportProblem(kind, index, externalId, path.toString(),
                    "exchange.import.schema.code", List.of());
            case "type" -> new ImportProblem(kind, index, externalId, path.toString(),
                    "exchange.import.schema.type", List.of());
            case "format", "pattern" -> new ImportProblem(kind, index, externalId, path.toString(),
                    "exchange.import.schema.form", List.of());
            case "minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems", "uniqueItems" ->
                new ImportProblem(kind, index, externalId, path.toString(), "exchange.import.schema.range", List.of());
            case "false" -> new ImportProblem(kind, index, externalId, path.toString(),
                    "exchange.import.schema.not-allowed", List.of());
            default -> new ImportProblem(kind, index, externalId, path.toString(), "exchange.import.schema.other",
                    List.of(FIELD_NAME.matcher(keyword).matches() ? keyword : "…"));
        };
    }

    private static String fieldName(String name) {
        return name != null && FIELD_NAME.matcher(name).matches() ? name : "…";
    }
}
