package kz.qorgau.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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

    private final ExchangeImport imports;
    private final ImportReports reports;
    private final DataSize maxSize;

    ImportController(ExchangeImport imports, ImportReports reports,
            @Value("${qorgau.exchange.import.max-size:256MB}") DataSize maxSize) {
        this.imports = imports;
        this.reports = reports;
        this.maxSize = maxSize;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("imports", reports.list(page, PAGE_SIZE));
        model.addAttribute("maxMegabytes", maxSize.toMegabytes());
        return "exchange/imports";
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("failure", "exchange.import.file-required");
            return "redirect:/exchange/imports";
        }
        ImportReport report;
        try (InputStream in = file.getInputStream()) {
            report = imports.run(in, maxSize.toBytes(), file.getOriginalFilename(), ExchangeImport.Channel.WEB);
        }
        redirect.addFlashAttribute(report.imported() ? "notice" : "failure", report.imported()
                ? "exchange.import.done" : "exchange.import.refused");
        String target = "/exchange/imports/" + report.id();
        if (htmx != null) {
            // sent by htmx (for the progress of the upload): the whole page goes to the report
            response.setHeader("HX-Redirect", target);
        }
        return "redirect:" + target;
    }

    @GetMapping("/{id}")
    String report(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("report", reports.report(id, locale));
        return "exchange/import";
    }
}
