package kz.qorgau.statistics;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Today;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FormFields;
import kz.qorgau.system.FormPost;

/**
 * The published editions of the annual report: the list, the form to publish a year's edition, an edition with its
 * files, and its revision (the figures that moved since, with the records that moved them, listed within the reader's
 * scope), which can be published as the next edition with a note.
 */
@Controller
@RequestMapping("/statistics/editions")
@Requires(Permission.STATISTICS)
class EditionController {

    private final Editions editions;
    private final RecordListing listing;
    private final Statistics statistics;
    private final IndicatorLabels labels;
    private final DisplayFormat format;
    private final Today today;
    private final Regions regions;
    private final MessageSource messages;

    EditionController(Editions editions, RecordListing listing, Statistics statistics, IndicatorLabels labels,
            DisplayFormat format, Today today, Regions regions, MessageSource messages) {
        this.regions = regions;
        this.messages = messages;
        this.editions = editions;
        this.listing = listing;
        this.statistics = statistics;
        this.labels = labels;
        this.format = format;
        this.today = today;
    }

    /** The publish form as typed. */
    record PublishForm(String year, String note) {
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("publishForm")) {
            model.addAttribute("publishForm", new PublishForm(Integer.toString(format.today().getYear() - 1), null));
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("editions", editions.all());
        model.addAttribute("years", StatisticsController.years(today).stream().filter(year -> year < today.year()
                .getValue()).toList());
        return "statistics/editions";
    }

    @Requires(Permission.STATISTICS_PUBLISH)
    @PostMapping
    String publish(@ModelAttribute("publishForm") PublishForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Long year = FormFields.number(binding, "year", form.year(), "edition.error.year");
        return FormPost.send(binding, Map.of(), redirect, "edition.done", () -> "/statistics/editions/" + editions
                .publish(Math.toIntExact(Math.min(year, 9_999)), form.note()).id(), () -> page(model));
    }

    @GetMapping("/{id}")
    String edition(@PathVariable long id, Model model, Locale locale) {
        Editions.Contents contents = editions.edition(id);
        model.addAttribute("contents", contents);
        model.addAttribute("edition", contents.edition());
        model.addAttribute("latest", editions.latest(contents.edition().year()).map(last -> last.id() == id).orElse(
                false));
        return "statistics/edition";
    }

    @GetMapping("/{id}/revision")
    String revision(@PathVariable long id, Model model, Locale locale) {
        Editions.Revision revision = editions.revision(id);
        model.addAttribute("revision", revision);
        model.addAttribute("edition", revision.edition());
        Map<String, String> names = new HashMap<>();
        revision.changes().forEach(change -> statistics.indicator(change.code()).ifPresent(indicator -> names.put(
                change.code(), labels.name(indicator, locale))));
        model.addAttribute("names", names);
        Map<String, String> regionNames = new HashMap<>();
        revision.changes().stream().filter(change -> change.region() != null).forEach(change -> regionNames.put(change
                .region(), Editions.UNKNOWN_REGION.equals(change.region()) ? messages.getMessage(
                        "edition.part.region-unknown", null, locale) : regions.name(Editions.region(change.region()),
                                locale)));
        model.addAttribute("regionNames", regionNames);
        if (!model.containsAttribute("publishForm")) {
            model.addAttribute("publishForm", new PublishForm(Integer.toString(revision.edition().year()), null));
        }
        return "statistics/revision";
    }

    /** The revision published as the next edition of the year; its note says what changed. */
    @Requires(Permission.STATISTICS_PUBLISH)
    @PostMapping("/{id}/revision")
    String publishRevision(@PathVariable long id, @ModelAttribute("publishForm") PublishForm form,
            BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        int year = editions.summary(id).year();
        return FormPost.send(binding, Map.of(), redirect, "edition.done", () -> "/statistics/editions/" + editions
                .publish(year, form.note()).id(), () -> revision(id, model, locale));
    }

    /** The records that joined a figure since the edition (or left it), those the reader may see. */
    @GetMapping("/{id}/revision/records")
    String moved(@PathVariable long id, @RequestParam String code, @RequestParam(defaultValue = "added") String change,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal QorgauUser user, Model model, Locale locale) {
        boolean added = !"removed".equals(change);
        Editions.Edition edition = editions.summary(id);
        Indicator indicator = statistics.indicator(code).orElseThrow(() -> new NotFoundException(
                "statistics.error.no-records"));
        Statistics.Listed listed = editions.moved(id, code, added)
                .filter(records -> Statistics.Audience.of(user).listable().contains(records.kind()))
                .orElseThrow(() -> new NotFoundException("statistics.error.no-records"));
        long shown = listing.list(listed, sort, PageRequest.of(Math.max(page, 0), StatisticsController.PAGE_SIZE),
                model);
        model.addAttribute("edition", edition);
        model.addAttribute("added", added);
        model.addAttribute("indicator", indicator);
        model.addAttribute("name", labels.name(indicator, locale));
        model.addAttribute("kind", listed.kind());
        model.addAttribute("recordCount", listed.ids().size());
        model.addAttribute("outsideScope", listed.ids().size() - shown);
        return "statistics/revision-records";
    }

    @GetMapping("/{id}/files/{name}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String name) {
        return download(editions.file(id, name).orElseThrow(() -> new NotFoundException("edition.error.not-found")));
    }

    static ResponseEntity<byte[]> download(Editions.File file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, file.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.downloadName())
                        .build().toString())
                .body(file.content());
    }
}
