package kz.qorgau.prevention;

import java.util.ArrayList;
import java.util.EnumSet;
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

/** The trainings' page: a year's trainings with their participants by sex and audience, and the form to record one. */
@Controller
@RequestMapping("/prevention/trainings")
@Requires(Permission.PREVENTION)
class TrainingController {

    private static final String REQUIRED = "prevention.error.required";

    private final Trainings trainings;
    private final TrainingRecords records;
    private final Regions regions;
    private final DisplayFormat format;

    TrainingController(Trainings trainings, TrainingRecords records, Regions regions, DisplayFormat format) {
        this.trainings = trainings;
        this.records = records;
        this.regions = regions;
        this.format = format;
    }

    record TrainingForm(String title, String organiser, String partners, String startsOn, String endsOn,
            String region, String audience, String participants, String women, String men, String unknownSex,
            String hours, List<String> topics, String materials) {

        public boolean covers(TrainingTopic topic) {
            return topics != null && topics.contains(topic.name());
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) @PlausibleYear Integer year, Model model, Locale locale) {
        if (!model.containsAttribute("trainingForm")) {
            model.addAttribute("trainingForm", new TrainingForm(null, null, null, null, null, null, null, null, "0",
                    "0", "0", null, List.of(), null));
        }
        return page(year, model, locale);
    }

    private String page(Integer year, Model model, Locale locale) {
        model.addAttribute("section", "trainings");
        model.addAttribute("year", year);
        model.addAttribute("years", IntStream.iterate(format.today().getYear(), y -> y >= 2015, y -> y - 1).boxed()
                .toList());
        model.addAttribute("shown", records.of(year));
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("topics", TrainingTopic.values());
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("today", format.today());
        return "prevention/trainings";
    }

    @PostMapping
    String record(@ModelAttribute("trainingForm") TrainingForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        RegionCode region = FormFields.blank(form.region()) ? null
                : FormFields.region(binding, "region", form.region(), REQUIRED);
        Set<TrainingTopic> topics = EnumSet.noneOf(TrainingTopic.class);
        List<String> unknown = new ArrayList<>();
        for (String topic : form.topics() == null ? List.<String>of() : form.topics()) {
            try {
                topics.add(TrainingTopic.valueOf(topic));
            } catch (IllegalArgumentException e) {
                unknown.add(topic);
            }
        }
        if (!unknown.isEmpty()) {
            binding.rejectValue("topics", "form.error.choice");
        }
        var command = new TrainingCommands.Training(form.title(), form.organiser(), form.partners(), FormFields.date(
                binding, "startsOn", form.startsOn(), REQUIRED), FormFields.date(binding, "endsOn", form.endsOn(),
                        REQUIRED), region, FormFields.choice(binding, "audience", Audience.class, form.audience(),
                                REQUIRED), count(binding, "participants", form.participants()), count(binding,
                                        "women", form.women()), count(binding, "men", form.men()), count(binding,
                                                "unknownSex", form.unknownSex()), count(binding, "hours", form
                                                        .hours()), topics, form.materials());
        FormFields.reject(binding, command.errors(format.today()));
        return FormPost.send(binding, Map.of(), redirect, "training.recorded", () -> {
            trainings.record(command);
            return "/prevention/trainings?year=" + command.endsOn().getYear();
        }, () -> page(null, model, locale));
    }

    private static Long count(BindingResult binding, String field, String value) {
        return FormFields.number(binding, field, value == null ? null : value.replaceAll("[\\s  ]", ""), REQUIRED);
    }
}
