package kz.qorgau.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kz.qorgau.system.AuditKey;

/**
 * The head of the audit chain at a moment, as written outside the database: the last entry's sequence number
 * and hash, when, and a MAC over them under the audit key, so that a checkpoint cannot be forged or altered by
 * whoever lacks the key. One JSON object per line: {@code {"seq":…,"hash":"…","at":"…","mac":"…"}}.
 */
record Checkpoint(long seq, String hash, Instant at, String mac) {

    /** The audit key's purpose for checkpoints; a checkpoint's MAC is never an entry's hash. */
    private static final String PURPOSE = "audit-checkpoint";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Checkpoint of(long seq, String hash, Instant at, AuditKey key) {
        Instant time = at.truncatedTo(ChronoUnit.MILLIS);
        return new Checkpoint(seq, hash, time, key.tag(PURPOSE, input(seq, hash, time)));
    }

    boolean verifies(AuditKey key) {
        return key.verifies(PURPOSE, input(seq, hash, at), mac);
    }

    String toJson() {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("seq", seq);
        line.put("hash", hash);
        line.put("at", DateTimeFormatter.ISO_INSTANT.format(at));
        line.put("mac", mac);
        return JSON.writeValueAsString(line);
    }

    /** The checkpoint a line holds, or empty when it holds none (whether its MAC verifies is checked apart). */
    static Optional<Checkpoint> parse(String line) {
        try {
            JsonNode root = JSON.readTree(line);
            if (root == null || !root.isObject() || root.get("seq") == null || !root.get("seq").isIntegralNumber()
                    || !isString(root, "hash") || !isString(root, "at") || !isString(root, "mac")) {
                return Optional.empty();
            }
            return Optional.of(new Checkpoint(root.get("seq").longValue(), root.get("hash").stringValue(),
                    Instant.parse(root.get("at").stringValue()), root.get("mac").stringValue()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isString(JsonNode root, String field) {
        return root.get(field) != null && root.get(field).isString();
    }

    private static String input(long seq, String hash, Instant at) {
        String time = DateTimeFormatter.ISO_INSTANT.format(at);
        return seq + "|" + hash.length() + ":" + hash + "|" + time;
    }
}
