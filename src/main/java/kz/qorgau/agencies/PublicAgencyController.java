package kz.qorgau.agencies;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.system.PublicPages;
import kz.qorgau.system.PublicRateLimit;

/**
 * The public licence check ({@code /public/agencies}), without an account: whether an agency may recruit, by BIN or
 * name, in the six languages of the public pages. It shows the licence, the countries served and the sanctions in
 * force, nothing else; a small page (no script, one small style sheet) for a cheap phone on a slow network, kept by
 * browsers and proxies for a few minutes, and answered so many times a minute per address to anyone not signed in.
 */
@Controller
class PublicAgencyController {

    /** How long browsers and proxies keep an answer. */
    static final int CACHE_SECONDS = 300;

    private final AgencyDirectory directory;
    private final PublicPages pages;
    private final PublicRateLimit limit;
    private final Regions regions;

    PublicAgencyController(AgencyDirectory directory, PublicPages pages, PublicRateLimit limit, Regions regions) {
        this.directory = directory;
        this.pages = pages;
        this.limit = limit;
        this.regions = regions;
    }

    /** A found agency as the page shows it, its region and countries named in the page's language. */
    record Shown(AgencyViews.Public agency, String name, String region, List<String> countries) {
    }

    @GetMapping("/public/agencies")
    String check(@RequestParam(required = false) String q, @RequestParam(required = false) String lang,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        String language = pages.language(lang, request);
        model.addAttribute("text", pages.text(language));
        model.addAttribute("languages", PublicPages.LANGUAGES);
        model.addAttribute("q", q == null ? "" : q.strip());
        // the limit holds those without an account; staff signed in follow links here from their pages
        if (QorgauUser.current().isEmpty() && limit.refused("agencies", request, response)) {
            model.addAttribute("limited", true);
            return "public/agencies";
        }
        response.setHeader("Cache-Control", "public, max-age=" + CACHE_SECONDS);
        // without a language in the address, the page's language comes from the browser or the interface's cookie
        response.setHeader("Vary", "Accept-Language, Cookie");
        if (q != null && !q.isBlank()) {
            Locale locale = Locale.forLanguageTag(language);
            List<Shown> found = directory.check(q).stream().map(agency -> new Shown(agency, agency.names().in(
                    language), regions.name(RegionCode.of(agency.region()), locale), agency.countries().stream()
                            .map(code -> CountryCode.of(code).name(locale)).toList())).toList();
            model.addAttribute("found", found);
            model.addAttribute("tooShort", !AgencyDirectory.searchable(q));
        }
        return "public/agencies";
    }
}
