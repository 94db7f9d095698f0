package kz.qorgau.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;

import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * The exchange format over the API: its JSON Schema, and the export of the records of the caller's scope in it.
 * <p>
 * The schema holds no data, but it is served to signed-in callers only, as the whole API is (deny by default): the
 * systems that exchange with Qorgau sign in with an API token, and the published copy for everyone else is the one in
 * the repository ({@code docs/exchange/}), which the build puts on the class path, so that there is one copy.
 */
@RestController
@RequestMapping("/api/v1/exchange")
@Tag(name = "Exchange")
class ExchangeApiController {

    static final MediaType SCHEMA = MediaType.parseMediaType("application/schema+json");

    private final ExchangeExport export;
    private final ExchangeImport imports;
    private final ImportReports reports;
    private final DataSize maxSize;

    ExchangeApiController(ExchangeExport export, ExchangeImport imports, ImportReports reports,
            @Value("${qorgau.exchange.import.max-size:256MB}") DataSize maxSize) {
        this.export = export;
        this.imports = imports;
        this.reports = reports;
        this.maxSize = maxSize;
    }

    @Operation(summary = "The JSON Schema (draft 2020-12) of a version of the exchange format (no data)")
    @Requires(Permission.OWN_ACCOUNT)
    @GetMapping("/schema/{version}")
    ResponseEntity<byte[]> schema(@PathVariable String version) {
        String schema = ExchangeSchemas.text(version).orElseThrow(() -> new NotFoundException(
                "exchange.error.unknown-version", version));
        return ResponseEntity.ok().contentType(SCHEMA).body(schema.getBytes(StandardCharsets.UTF_8));
    }

    @Operation(summary = "The records of the caller's scope as an exchange document (version 1): victim records "
            + "identified and referrals sent in the period (at most ten years), with the persons the victim records "
            + "name; optionally of one region (ISO 3166-2:KZ) and one kind (persons, victims, referrals or all). A "
            + "person's name, date of birth and documents only where the caller may see the person; otherwise "
            + "pseudonymous. At most 2,000 records of a kind: a larger selection is refused (400). Audited.")
    @Requires(Permission.EXPORT_RECORDS)
    @GetMapping("/export")
    ExchangeDocument export(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String region, @RequestParam(required = false) String kind) {
        return export.export(from, to, region, kind);
    }

    @Operation(
            summary = "Imports a document of the exchange format (version 1 or 2, the body, UTF-8 JSON): its persons "
                    + "and victim records become records of the caller's organisation. All or nothing: the document is checked "
                    + "against its version's schema, then every record is applied in one transaction; any problem saves "
                    + "nothing and is reported with its record, path and message (422). Idempotent by external id: a record "
                    + "imported before and unchanged is left alone, a changed one is updated (201 with the counts).")
    @Requires(Permission.IMPORT_RECORDS)
    @PostMapping(path = "/imports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ImportReports.Shown> importDocument(HttpServletRequest request, Locale locale)
            throws IOException {
        ImportReport report;
        try (InputStream in = request.getInputStream()) {
            report = imports.run(in, request.getContentLengthLong(), maxSize.toBytes(), null,
                    ExchangeImport.Channel.API);
        }
        return ResponseEntity.status(report.imported() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(reports.shown(report, locale));
    }

    @Operation(summary = "The report of an import of the caller's organisation: its outcome, its counts, its problems")
    @Requires(Permission.IMPORT_RECORDS)
    @GetMapping("/imports/{id}")
    ImportReports.Shown importReport(@PathVariable long id, Locale locale) {
        return reports.report(id, locale);
    }
}
