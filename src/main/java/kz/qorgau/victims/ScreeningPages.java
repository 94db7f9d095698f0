package kz.qorgau.victims;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.organisations.Regions;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.PersonSummary;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Sex;
import kz.qorgau.system.DisplayFormat;

/**
 * The screening form, the one implementation of it: served by the victim pages and by the pages of other modules
 * that screen a person where they meet them (a labour inspection, a removal proceeding), each of which posts the
 * form to its own address and registers the victim record through {@link VictimRegistry#register}.
 */
@Component
public class ScreeningPages {

    /**
     * Where a screening is made from, for a page of another module: the address the form is posted to, the page
     * to go back to and its label (the record's reference), where choosing a person hands back (none: the person is
     * the record's own), and the form's client id where it may be filled offline and sent later (none: online only;
     * the page that receives it records a form sent again once).
     */
    public record Origin(String action, String back, String label, String pickFor, String clientId) {
    }

    private final VictimRegistry registry;
    private final PersonRegistry persons;
    private final OrganisationRegistry organisations;
    private final Regions regions;
    private final DisplayFormat format;

    ScreeningPages(VictimRegistry registry, PersonRegistry persons, OrganisationRegistry organisations,
            Regions regions, DisplayFormat format) {
        this.registry = registry;
        this.persons = persons;
        this.organisations = organisations;
        this.regions = regions;
        this.format = format;
    }

    /** A blank form for a new victim record: of the person given, or on the anonymous route. */
    public String blank(Origin origin, Long person, boolean anonymous, QorgauUser user, Model model, Locale locale) {
        String region = user.regions().size() == 1 ? user.regions().iterator().next().value() : null;
        VictimForms.ScreeningForm form = VictimForms.ScreeningForm.empty(person, anonymous, defaultContext(user),
                region, format.today());
        if (person != null && !anonymous) {
            PersonSummary known = persons.summary(new PersonId(person));
            form = form.knowing(known.sex(), known.citizenships().stream().map(CountryCode::value).sorted().toList());
        }
        return page(form, null, origin, model, locale);
    }

    /** Step one, who is screened: a person of the registry (found or registered), or nobody named. */
    public String choosePerson(Origin origin, Model model) {
        model.addAttribute("origin", origin);
        model.addAttribute("pickFor", origin.pickFor());
        return "victims/new";
    }

    /** The form as sent, shown again with what was refused. */
    public String refill(Origin origin, VictimForms.ScreeningForm form, Model model, Locale locale) {
        return page(form, null, origin, model, locale);
    }

    /**
     * The form, for a new record (victim null) or a further screening of a known one; from the victim pages when
     * origin is null.
     */
    String page(VictimForms.ScreeningForm form, VictimViews.VictimView victim, Origin origin, Model model,
            Locale locale) {
        if (!model.containsAttribute("screeningForm")) {
            model.addAttribute("screeningForm", form);
        }
        model.addAttribute("victim", victim);
        model.addAttribute("origin", origin);
        if (victim == null && form.personId() != null && !Boolean.TRUE.equals(form.anonymous())) {
            model.addAttribute("person", persons.summary(new PersonId(form.personId())));
        }
        model.addAttribute("pickFor", origin == null ? "/victims/new" : origin.pickFor());
        model.addAttribute("suggestion", registry.suggest(form.delphiAnswers(), form.isChild()));
        model.addAttribute("contexts", ScreeningContext.values());
        model.addAttribute("exploitationKinds", ExploitationKind.values());
        model.addAttribute("iloIndicators", IloIndicator.values());
        model.addAttribute("dimensions", DelphiIndicator.Dimension.values());
        model.addAttribute("delphiCount", DelphiIndicator.values().length);
        model.addAttribute("answers", Answer.values());
        model.addAttribute("decisions", List.of(TraffickingStatus.POSSIBLE, TraffickingStatus.PRESUMED,
                TraffickingStatus.NOT_A_VICTIM));
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("countries", CountryCode.all(locale));
        model.addAttribute("forms", ExploitationForm.values());
        model.addAttribute("vulnerabilities", Vulnerability.values());
        model.addAttribute("consentScopes", consentScopes());
        model.addAttribute("consentDecisions", List.of(ConsentDecision.GIVEN, ConsentDecision.REFUSED));
        return "victims/screening";
    }

    /** The scopes of consent the user may record: law enforcement never its own (DESIGN.md §5). */
    static List<ConsentScope> consentScopes() {
        boolean lawEnforcement = QorgauUser.current().filter(user -> user.may(Permission.VICTIMS_OF_CASES)).isPresent();
        return Arrays.stream(ConsentScope.values())
                .filter(scope -> !(lawEnforcement && scope == ConsentScope.LAW_ENFORCEMENT)).toList();
    }

    /** The setting a first responder usually screens in, from the kind of their organisation. */
    ScreeningContext defaultContext(QorgauUser user) {
        OrganisationType type = organisations.get(user.organisationId()).type();
        return switch (type) {
            case LABOUR_INSPECTORATE -> ScreeningContext.LABOUR_INSPECTION;
            case MIGRATION_SERVICE, IMMIGRATION_SERVICE -> ScreeningContext.PRE_DEPORTATION;
            case DIPLOMATIC_MISSION -> ScreeningContext.CONSULAR;
            case POLICE_UNIT, LAW_ENFORCEMENT, PROSECUTOR_OFFICE -> ScreeningContext.POLICE;
            case NGO, SHELTER -> ScreeningContext.NGO_OUTREACH;
            case HEALTH_SERVICE_ORGANISATION -> ScreeningContext.HEALTH_CARE;
            case HOTLINE -> ScreeningContext.HOTLINE;
            default -> ScreeningContext.OTHER;
        };
    }
}
