package kz.qorgau.audit;

import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The details of an audit entry as stored: one JSON object, keys in order, clear values as strings and sealed
 * values as {@code {"sealed": "<base64 of the AEAD ciphertext>"}}, so that a sealed value cannot be mistaken for
 * a clear one whatever text it holds. No details at all is the empty string.
 */
final class AuditDetails {

    static final String SEALED = "sealed";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditDetails() {
    }

    /**
     * The context a sealed value is bound to: the entry and the key, so that its ciphertext opens neither in
     * another entry nor under another key.
     */
    static String context(long seq, String key) {
        return "audit/" + seq + "/" + key;
    }

    static String write(Map<String, String> clear, Map<String, byte[]> sealed) {
        if (clear.isEmpty() && sealed.isEmpty()) {
            return "";
        }
        TreeMap<String, Object> all = new TreeMap<>(clear);
        sealed.forEach((key, ciphertext) -> all.put(key, Map.of(SEALED, Base64.getEncoder().encodeToString(
                ciphertext))));
        return JSON.writeValueAsString(all);
    }

    /** The stored details read back; details that are not a JSON object read as no details. */
    static Parsed read(String details) {
        TreeMap<String, String> clear = new TreeMap<>();
        TreeMap<String, byte[]> sealed = new TreeMap<>();
        if (details == null || details.isBlank()) {
            return new Parsed(clear, sealed);
        }
        try {
            JsonNode root = JSON.readTree(details);
            if (root == null || !root.isObject()) {
                return new Parsed(clear, sealed);
            }
            for (Map.Entry<String, JsonNode> property : root.properties()) {
                JsonNode value = property.getValue();
                if (value.isObject() && value.get(SEALED) != null && value.get(SEALED).isString()) {
                    sealed.put(property.getKey(), Base64.getDecoder().decode(value.get(SEALED).stringValue()));
                } else {
                    clear.put(property.getKey(), value.isString() ? value.stringValue() : value.toString());
                }
            }
        } catch (JacksonException | IllegalArgumentException e) {
            // altered beyond reading: the chain's verification reports it; shown as no details
        }
        return new Parsed(clear, sealed);
    }

    /** Clear values as written, and sealed values still sealed (ciphertexts by key). */
    record Parsed(Map<String, String> clear, Map<String, byte[]> sealed) {

        Parsed {
            clear = Collections.unmodifiableMap(clear);
            sealed = Collections.unmodifiableMap(sealed);
        }

        /** The clear values as JSON, for display; empty when there are none. */
        String clearJson() {
            return clear.isEmpty() ? "" : JSON.writeValueAsString(clear);
        }
    }
}
