package kz.qorgau.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * The bulk import on screen: the organisation's imports, the upload of a document (with the progress of its sending),
 * and each import's report.
 */
@Controller
@RequestMapping("/exchange/imports")
@Requires(Permission.IMPORT_RECORDS)
class ImportController {

    static final int PAGE_SIZE = 25;

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ExchangeImport imports;
    private final ImportReports reports;
    private final ExchangeWorkbook workbook;
    private final DataSize maxSize;

    ImportController(ExchangeImport imports, ImportReports reports, ExchangeWorkbook workbook,
            @Value("${qorgau.exchange.import.max-size:256MB}") DataSize maxSize) {
        this.imports = imports;
        this.reports = reports;
        this.workbook = workbook;
        this.maxSize = maxSize;
    }

    /** The spreadsheet template, explained in the user's language. */
    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(Locale locale) {
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"qorgau-import-template.xlsx\"").body(workbook.template(locale));
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("imports", reports.list(page, PAGE_SIZE));
        model.addAttribute("maxMegabytes", maxSize.toMegabytes());
        return "exchange/imports";
    }

    /** The form sent without JavaScript: the report after a redirect. */
    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("failure", "exchange.import.file-required");
            return "redirect:/exchange/imports";
        }
        ImportReport report = run(file);
        redirect.addFlashAttribute(report.imported() ? "notice" : "failure", outcome(report));
        return "redirect:/exchange/imports/" + report.id();
    }

    /**
     * The form sent by htmx, which shows the progress of the upload: the whole page then goes to the report (a redirect
     * would be followed inside the request, out of the page's sight).
     */
    @PostMapping(headers = "HX-Request")
    ResponseEntity<Void> uploadWithProgress(@RequestParam(required = false) MultipartFile file,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            return ImportSizeAdvice.toPage(ImportSizeAdvice.IMPORTS, "failure", "exchange.import.file-required",
                    request, response);
        }
        ImportReport report = run(file);
        return ImportSizeAdvice.toPage("/exchange/imports/" + report.id(), report.imported() ? "notice" : "failure",
                outcome(report), request, response);
    }

    private ImportReport run(MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return imports.run(in, file.getSize(), maxSize.toBytes(), file.getOriginalFilename(),
                    ExchangeImport.Channel.WEB);
        }
    }

    private static String outcome(ImportReport report) {
        return report.imported() ? "exchange.import.done" : "exchange.import.refused";
    }

    @GetMapping("/{id}")
    String report(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("report", reports.report(id, locale));
        return "exchange/import";
    }
}
