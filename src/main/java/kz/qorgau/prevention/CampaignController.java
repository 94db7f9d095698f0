package kz.qorgau.prevention;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.PlausibleYear;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FormFields;
import kz.qorgau.system.FormPost;

/** The awareness campaigns' page: a year's campaigns and the form to record one. */
@Controller
@RequestMapping("/prevention/campaigns")
@Requires(Permission.PREVENTION)
class CampaignController {

    private static final String REQUIRED = "prevention.error.required";

    private final Campaigns campaigns;
    private final Regions regions;
    private final DisplayFormat format;

    CampaignController(Campaigns campaigns, Regions regions, DisplayFormat format) {
        this.campaigns = campaigns;
        this.regions = regions;
        this.format = format;
    }

    record CampaignForm(String title, String organiser, List<String> audiences, List<String> channels,
            List<String> languages, List<String> regions, String startsOn, String endsOn, String reach,
            String reachMethod, String budgetKzt, String source) {

        public boolean has(String field, Object value) {
            List<String> chosen = switch (field) {
                case "audiences" -> audiences;
                case "channels" -> channels;
                case "languages" -> languages;
                default -> regions;
            };
            return chosen != null && chosen.contains(value.toString());
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) @PlausibleYear Integer year, Model model, Locale locale) {
        if (!model.containsAttribute("campaignForm")) {
            model.addAttribute("campaignForm", new CampaignForm(null, null, List.of(), List.of(), List.of(), List.of(),
                    null, null, null, null, null, null));
        }
        return page(year, model, locale);
    }

    private String page(Integer year, Model model, Locale locale) {
        model.addAttribute("section", "campaigns");
        model.addAttribute("year", year);
        model.addAttribute("years", IntStream.iterate(format.today().getYear(), y -> y >= 2015, y -> y - 1).boxed()
                .toList());
        model.addAttribute("campaigns", campaigns.of(year));
        model.addAttribute("audiences", CampaignAudience.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("languages", CampaignCommands.LANGUAGES);
        model.addAttribute("sources", FundingSource.values());
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("today", format.today());
        return "prevention/campaigns";
    }

    @PostMapping
    String record(@ModelAttribute("campaignForm") CampaignForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        Set<RegionCode> chosenRegions = new LinkedHashSet<>();
        for (String region : form.regions() == null ? List.<String>of() : form.regions()) {
            RegionCode code = FormFields.region(binding, "regions", region, null);
            if (code != null) {
                chosenRegions.add(code);
            }
        }
        var command = new CampaignCommands.Campaign(form.title(), form.organiser(), choices(binding, "audiences",
                CampaignAudience.class, form.audiences()), choices(binding, "channels", Channel.class, form
                        .channels()), form.languages() == null ? Set.of() : new LinkedHashSet<>(form.languages()),
                chosenRegions, FormFields.date(binding, "startsOn", form.startsOn(), REQUIRED), FormFields.date(binding,
                        "endsOn", form.endsOn(), REQUIRED), optionalNumber(binding, "reach", form.reach()), form
                                .reachMethod(), optionalNumber(binding, "budgetKzt", form.budgetKzt()), FormFields
                                        .blank(form.source()) ? null
                                                : FormFields.choice(binding, "source", FundingSource.class, form
                                                        .source(), REQUIRED));
        FormFields.reject(binding, command.errors(format.today()));
        return FormPost.send(binding, Map.of(), redirect, "campaign.recorded", () -> {
            campaigns.record(command);
            return "/prevention/campaigns?year=" + command.startsOn().getYear();
        }, () -> page(null, model, locale));
    }

    private static <E extends Enum<E>> Set<E> choices(BindingResult binding, String field, Class<E> type,
            List<String> values) {
        Set<E> chosen = EnumSet.noneOf(type);
        List<String> unknown = new ArrayList<>();
        for (String value : values == null ? List.<String>of() : values) {
            try {
                chosen.add(Enum.valueOf(type, value));
            } catch (IllegalArgumentException e) {
                unknown.add(value);
            }
        }
        if (!unknown.isEmpty() && !binding.hasFieldErrors(field)) {
            binding.rejectValue(field, "form.error.choice");
        }
        return chosen;
    }

    private static Long optionalNumber(BindingResult binding, String field, String value) {
        return FormFields.blank(value) ? null
                : FormFields.number(binding, field, value.replaceAll("[\\s  ]", ""), null);
    }
}
