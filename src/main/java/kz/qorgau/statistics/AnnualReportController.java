package kz.qorgau.statistics;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.PlausibleYear;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/** The annual report as a PDF download, in the user's language; every download is audited. */
@Controller
@Requires(Permission.STATISTICS)
class AnnualReportController {

    private final AnnualReportDocument document;
    private final AuditTrail audit;

    AnnualReportController(AnnualReportDocument document, AuditTrail audit) {
        this.document = document;
        this.audit = audit;
    }

    @GetMapping("/statistics/report/{year}.pdf")
    ResponseEntity<byte[]> report(@PathVariable @PlausibleYear int year, @RequestParam(required = false) String region,
            @AuthenticationPrincipal QorgauUser user, Locale locale) {
        RegionCode regionCode = StatisticsQuery.regionOrCountry(region);
        byte[] document = this.document.pdf(year, regionCode, Statistics.Audience.of(user), locale);
        audit.record(AuditEvent.of("STATISTICS_EXPORTED", "statistics", year).with("format", "PDF")
                .with("region", regionCode == null ? "" : regionCode.value()).with("language", locale.getLanguage()));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("qorgau-report-" + year + (regionCode == null ? "" : "-" + regionCode.value()) + "-"
                                + locale.getLanguage() + ".pdf")
                        .build().toString())
                .body(document);
    }
}
