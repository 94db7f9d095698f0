package kz.qorgau.hotline;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.system.PublicPages;
import kz.qorgau.system.PublicRateLimit;

/**
 * The public tip form ({@code /public/report}), without an account: anyone reports a suspicion of trafficking,
 * anonymously unless they leave a contact, in the six languages of the public pages. Protected without a third-party
 * service: a form field hidden from people (a bot that fills it is thanked and nothing is kept), a limit of requests
 * per address and of tips per address an hour, a size limit, plain form posts only (no file can be sent). Its answer
 * is the same whatever was sent: it tells nothing of what Qorgau holds.
 */
@Controller
class PublicTipController {

    /** The largest request the form accepts, in bytes (4,000 characters of Cyrillic and the rest). */
    static final int MAX_BYTES = 24 * 1024;
    /** The countries offered: Kazakhstan, its neighbours and the destinations the hotline hears of most. */
    static final List<String> COUNTRIES = List.of("KZ", "KG", "UZ", "TJ", "TM", "RU", "CN", "KR", "TR", "AE", "DE",
            "PL");

    private final TipBox box;
    private final PublicPages pages;
    private final PublicRateLimit limit;
    private final Regions regions;

    PublicTipController(TipBox box, PublicPages pages, PublicRateLimit limit, Regions regions) {
        this.box = box;
        this.pages = pages;
        this.limit = limit;
        this.regions = regions;
    }

    @GetMapping("/public/report")
    String form(@RequestParam(required = false) String lang, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        String language = prepare(lang, request, response, model);
        model.addAttribute("tip", Map.of());
        return page(language, model);
    }

    @PostMapping(path = "/public/report", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String send(@RequestParam(required = false) String lang, @RequestParam(required = false) String account,
            @RequestParam(required = false) String region, @RequestParam(required = false) String country,
            @RequestParam(required = false) String contact, @RequestParam(required = false) String website,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        String language = prepare(lang, request, response, model);
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            model.addAttribute("problem", "public.report.error.too-large");
            model.addAttribute("tip", Map.of());
            return page(language, model);
        }
        if (!limit.allows("report", request)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", Long.toString(limit.retryAfterSeconds()));
            model.addAttribute("problem", "public.limited");
            model.addAttribute("tip", Map.of());
            return page(language, model);
        }
        if (website != null && !website.isBlank()) {
            // the field people do not see: a bot filled it; it is thanked like anyone, and nothing is kept
            return "public/report-sent";
        }
        HotlineCommands.Tip tip = new HotlineCommands.Tip(account, region(region), country(country), contact,
                language);
        Map<String, String> errors = tip.errors();
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errors", errors);
            model.addAttribute("tip", Map.of("account", account == null ? "" : account, "contact", contact == null
                    ? "" : contact, "region", region == null ? "" : region, "country", country == null ? ""
                            : country));
            return page(language, model);
        }
        return switch (box.receive(tip, request.getRemoteAddr())) {
            case RECEIVED -> "public/report-sent";
            case LIMITED -> {
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                model.addAttribute("problem", "public.report.error.limited");
                model.addAttribute("tip", Map.of());
                yield page(language, model);
            }
            case UNAVAILABLE -> {
                response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
                model.addAttribute("problem", "public.report.error.unavailable");
                model.addAttribute("tip", Map.of());
                yield page(language, model);
            }
        };
    }

    private String prepare(String lang, HttpServletRequest request, HttpServletResponse response, Model model) {
        String language = pages.language(lang, request);
        model.addAttribute("text", pages.text(language));
        model.addAttribute("languages", PublicPages.LANGUAGES);
        response.setHeader("Cache-Control", "no-store");
        return language;
    }

    private String page(String language, Model model) {
        Locale locale = Locale.forLanguageTag(language);
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("countries", COUNTRIES.stream().map(code -> Map.entry(code, CountryCode.of(code).name(
                locale))).toList());
        return "public/report";
    }

    private static RegionCode region(String value) {
        try {
            return value == null || value.isBlank() ? null : RegionCode.of(value.strip());
        } catch (InvalidValueException | IllegalArgumentException e) {
            return null;
        }
    }

    private static CountryCode country(String value) {
        try {
            return value == null || value.isBlank() ? null : CountryCode.of(value.strip());
        } catch (InvalidValueException | IllegalArgumentException e) {
            return null;
        }
    }
}
