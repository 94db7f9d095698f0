package kz.qorgau.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;

/**
 * The schemas of the exchange format on the class path: the build copies them there from {@code docs/exchange/},
 * their only copy. Read here for the API that serves them, the import that checks documents against them and the
 * spreadsheet template that takes its lists from them.
 */
final class ExchangeSchemas {

    private ExchangeSchemas() {
    }

    static String path(String version) {
        return "exchange/qorgau-exchange-v" + version + ".schema.json";
    }

    /** The schema of a version as published, or empty for a version without one. */
    static Optional<String> text(String version) {
        if (!version.matches("[0-9]{1,3}")) {
            return Optional.empty();
        }
        ClassPathResource schema = new ClassPathResource(path(version));
        if (!schema.exists()) {
            return Optional.empty();
        }
        try (InputStream in = schema.getInputStream()) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
