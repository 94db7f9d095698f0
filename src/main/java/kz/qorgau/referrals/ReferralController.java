package kz.qorgau.referrals;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.FeatureException;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.FormPost;
import kz.qorgau.system.Printouts;

/**
 * The referral pages: the inbox and outbox of the user's organisation with overdue markers and the
 * notifications of the other side, a referral with its steps and actions, sending a referral from a
 * victim's page, the victim page's section of referrals and services, and the providers' profiles.
 */
@Controller
@RequestMapping("/referrals")
class ReferralController {

    static final int PAGE_SIZE = 25;

    private final ReferralMechanism mechanism;
    private final ReferralList list;
    private final ReferralDetails details;
    private final ReferralNotices notices;
    private final ReferralProviders providers;
    private final OrganisationRegistry organisations;
    private final DisplayFormat format;
    private final Regions regions;
    private final Printouts printouts;

    ReferralController(ReferralMechanism mechanism, ReferralList list, ReferralDetails details, ReferralNotices notices,
            ReferralProviders providers, OrganisationRegistry organisations, DisplayFormat format, Regions regions,
            Printouts printouts) {
        this.mechanism = mechanism;
        this.list = list;
        this.details = details;
        this.notices = notices;
        this.providers = providers;
        this.organisations = organisations;
        this.format = format;
        this.regions = regions;
        this.printouts = printouts;
    }

    @GetMapping
    @Requires(Permission.REFERRALS)
    String inbox(@RequestParam(required = false) ReferralStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "false") boolean withoutService, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal QorgauUser user,
            Model model) {
        model.addAttribute("box", "inbox");
        model.addAttribute("overdue", overdue);
        model.addAttribute("withoutService", withoutService);
        PageRequest pageRequest = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        // the services still to record are accepted referrals by definition, whatever status the filter shows
        PageResponse<ReferralViews.ReferralListItem> referrals = withoutService ? list.awaitingService(pageRequest)
                : list.inbox(status, overdue, pageRequest);
        List<ReferralViews.NotificationView> notifications = notices.notifications();
        model.addAttribute("referrals", referrals);
        model.addAttribute("notifications", notifications);
        return boxPage(status, user, model, referrals, notifications);
    }

    @GetMapping("/outbox")
    @Requires(Permission.REFERRALS)
    String outbox(@RequestParam(required = false) ReferralStatus status, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal QorgauUser user,
            Model model) {
        model.addAttribute("box", "outbox");
        model.addAttribute("overdue", false);
        PageResponse<ReferralViews.ReferralListItem> referrals = list.outbox(status, PageRequest.of(Math.max(page, 0),
                PAGE_SIZE));
        model.addAttribute("referrals", referrals);
        model.addAttribute("notifications", List.of());
        return boxPage(status, user, model, referrals, List.of());
    }

    /** The menu bar's notices alone, for htmx to refresh the badge while a page stays open. */
    @GetMapping("/notifications/menu")
    @Requires(Permission.REFERRALS)
    String menuNotices() {
        return "fragments/menu-notices :: referrals";
    }

    @PostMapping("/notifications/read")
    @Requires(Permission.REFERRALS)
    String markRead() {
        notices.markNotificationsRead();
        return "redirect:/referrals";
    }

    @GetMapping("/{id}")
    @Requires(Permission.REFERRALS)
    String show(@PathVariable long id, Model model) {
        ReferralViews.ReferralView referral = details.get(id);
        model.addAttribute("referral", referral);
        Set<Long> named = new HashSet<>(Set.of(referral.fromOrganisationId(), referral.toOrganisationId()));
        referral.steps().forEach(step -> named.add(step.organisationId()));
        model.addAttribute("organisationNames", organisations.findAll(named));
        model.addAttribute("declineReasons", DeclineReason.values());
        model.addAttribute("fundingSources", FundingSource.values());
        model.addAttribute("today", format.today());
        return "referrals/referral";
    }

    /** The referral's printable summary: its page, read as the page is, on A4 (404 where the page is). */
    @GetMapping("/{id}/print")
    @Requires(Permission.REFERRALS)
    String print(@PathVariable long id, @AuthenticationPrincipal QorgauUser user, Model model) {
        String page = show(id, model);
        ReferralViews.ReferralView referral = (ReferralViews.ReferralView) model.getAttribute("referral");
        printouts.prepare(model, referral.reference(), "/referrals/" + id, user.fullName(), user.getUsername());
        return page;
    }

    @PostMapping("/{id}/accept")
    @Requires(Permission.REFERRALS)
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, "referral.accepted", redirect, () -> mechanism.accept(id));
    }

    @PostMapping("/{id}/decline")
    @Requires(Permission.REFERRALS)
    String decline(@PathVariable long id, @ModelAttribute ReferralCommands.Decline decline, BindingResult binding,
            RedirectAttributes redirect) {
        return act(id, "referral.declined", redirect, () -> mechanism.decline(id, decline));
    }

    @PostMapping("/{id}/complete")
    @Requires(Permission.REFERRALS)
    String complete(@PathVariable long id, @ModelAttribute ReferralCommands.Note note, BindingResult binding,
            RedirectAttributes redirect) {
        return act(id, "referral.completed", redirect, () -> mechanism.complete(id, note));
    }

    @PostMapping("/{id}/revoke")
    @Requires(Permission.REFERRALS)
    String revoke(@PathVariable long id, @ModelAttribute ReferralCommands.Note note, BindingResult binding,
            RedirectAttributes redirect) {
        return act(id, "referral.revoked", redirect, () -> mechanism.revoke(id, note));
    }

    /** Records a service delivered; back to the referral or the victim's page. */
    @PostMapping("/services")
    @Requires(Permission.REFERRALS)
    String recordService(@ModelAttribute ReferralCommands.NewEpisode episode, BindingResult binding,
            RedirectAttributes redirect) {
        String back = episode.referralId() != null ? "redirect:/referrals/" + episode.referralId()
                : "redirect:/victims/" + episode.victimId() + "?tab=referrals";
        // A refused form is shown again with what was entered; the victim page loads its section of services in a
        // request of its own, which the flash attributes would not reach, so it comes back to the section's page.
        String again = episode.referralId() != null ? back : "redirect:/referrals/for-victim/" + episode.victimId();
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("failure", "referral.error.form");
            redirect.addFlashAttribute("entered", entered(episode));
            return again;
        }
        try {
            mechanism.recordService(episode);
            redirect.addFlashAttribute("notice", "service.recorded");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            redirect.addFlashAttribute("entered", entered(episode));
            return again;
        }
        return back;
    }

    // --- sending

    @GetMapping("/new")
    @Requires(Permission.REFERRALS)
    String newReferral(@RequestParam long victim, @AuthenticationPrincipal QorgauUser user, Model model,
            Locale locale) {
        ReferralViews.VictimSection section = details.forVictim(victim);
        return sendPage(section, new ReferralCommands.NewReferral(victim, 0, Set.of(), ReferralKind.REFERRAL, null,
                null),
                user, model, locale);
    }

    @PostMapping
    @Requires(Permission.REFERRALS)
    String send(@ModelAttribute("referralForm") ReferralCommands.NewReferral form, BindingResult binding,
            @AuthenticationPrincipal QorgauUser user, Model model, Locale locale, RedirectAttributes redirect) {
        ReferralViews.VictimSection section = details.forVictim(form.victimId());
        return FormPost.send(binding, FeatureException.class, redirect, "referral.sent",
                () -> "/referrals/" + mechanism.send(form).id(),
                () -> sendPage(section, form, user, model, locale));
    }

    /** The victim page's section of referrals and services (an htmx fragment, or a page of its own). */
    @GetMapping("/for-victim/{victimId}")
    @Requires(Permission.REFERRALS)
    String forVictim(@PathVariable long victimId, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        ReferralViews.VictimSection section = details.forVictim(victimId);
        model.addAttribute("section", section);
        Set<Long> named = new HashSet<>();
        section.referrals().forEach(referral -> named.add(referral.toOrganisationId()));
        section.episodes().forEach(episode -> named.add(episode.organisationId()));
        model.addAttribute("organisationNames", organisations.findAll(named));
        model.addAttribute("services", ServiceType.values());
        model.addAttribute("fundingSources", FundingSource.values());
        model.addAttribute("today", format.today());
        return htmx != null ? "referrals/victim :: section" : "referrals/victim";
    }

    // --- providers (administrators)

    @GetMapping("/providers")
    @Requires(Permission.ADMINISTER_ORGANISATIONS)
    String providers(Model model) {
        Map<Long, Boolean> children = providers.providers().stream()
                .collect(Collectors.toMap(ReferralViews.ProviderView::organisationId,
                        ReferralViews.ProviderView::acceptsChildren));
        model.addAttribute("organisations", organisations.active());
        model.addAttribute("acceptsChildren", children);
        return "referrals/providers";
    }

    @PostMapping("/providers/{organisationId}")
    @Requires(Permission.ADMINISTER_ORGANISATIONS)
    String setProfile(@PathVariable long organisationId, @RequestParam(defaultValue = "false") boolean acceptsChildren,
            RedirectAttributes redirect) {
        providers.setProfile(organisationId, new ReferralCommands.ProviderProfile(acceptsChildren));
        redirect.addFlashAttribute("notice", "referral.provider.saved");
        return "redirect:/referrals/providers";
    }

    // --- helpers

    /** What the service form had, to show it again after a refusal (by the form's field names). */
    private static Map<String, Object> entered(ReferralCommands.NewEpisode episode) {
        Map<String, Object> entered = new HashMap<>();
        entered.put("service", episode.service());
        entered.put("startedOn", episode.startedOn());
        entered.put("endedOn", episode.endedOn());
        entered.put("costKzt", episode.costKzt());
        entered.put("fundingSource", episode.fundingSource());
        return entered;
    }

    private String act(long id, String notice, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            if ("referral.error.reason-required".equals(e.messageKey())) {
                redirect.addFlashAttribute("invalidField", "reason");
            }
        }
        return "redirect:/referrals/" + id;
    }

    /** The inbox or outbox page, naming the organisations of its rows and notices only. */
    private String boxPage(ReferralStatus status, QorgauUser user, Model model,
            PageResponse<ReferralViews.ReferralListItem> referrals,
            List<ReferralViews.NotificationView> notifications) {
        Set<Long> named = new HashSet<>();
        referrals.items().forEach(referral -> {
            named.add(referral.fromOrganisationId());
            named.add(referral.toOrganisationId());
        });
        notifications.forEach(notification -> named.add(notification.byOrganisationId()));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ReferralStatus.values());
        model.addAttribute("organisationNames", organisations.findAll(named));
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("unread", notices.unreadNotifications());
        model.addAttribute("awaitingAnswer", list.awaitingAnswer());
        return "referrals/box";
    }

    /**
     * The receivers grouped by their type (in the order of the types) and region (national first, then by the
     * region's name in the user's language), each group's organisations by name.
     */
    private List<ReferralViews.ReceiverGroup> receiverGroups(List<OrganisationSummary> receivers, Locale locale) {
        Comparator<String> byName = Collator.getInstance(locale)::compare;
        Map<OrganisationType, Map<Optional<RegionCode>, List<OrganisationSummary>>> grouped = receivers.stream()
                .collect(Collectors.groupingBy(OrganisationSummary::type, () -> new EnumMap<>(OrganisationType.class),
                        Collectors.groupingBy(organisation -> Optional.ofNullable(organisation.region()))));
        List<ReferralViews.ReceiverGroup> groups = new ArrayList<>();
        grouped.forEach((type, byRegion) -> byRegion.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Optional<RegionCode>, List<OrganisationSummary>> entry) -> entry
                        .getKey().isPresent())
                        .thenComparing(entry -> entry.getKey().map(code -> regions.name(code, locale)).orElse(""),
                                byName))
                .forEach(entry -> groups.add(new ReferralViews.ReceiverGroup(type, entry.getKey().orElse(null), entry
                        .getValue().stream().sorted(Comparator.comparing(organisation -> organisation.name(locale),
                                byName)).toList()))));
        return groups;
    }

    private String sendPage(ReferralViews.VictimSection section, ReferralCommands.NewReferral form, QorgauUser user,
            Model model, Locale locale) {
        model.addAttribute("section", section);
        if (!model.containsAttribute("referralForm")) {
            model.addAttribute("referralForm", form);
        }
        model.addAttribute("receiverGroups", receiverGroups(organisations.active().stream()
                .filter(organisation -> organisation.id() != user.organisationId()).toList(), locale));
        model.addAttribute("services", ServiceType.values());
        model.addAttribute("kinds", ReferralKind.values());
        model.addAttribute("defaultDue", mechanism.defaultAnswerDate());
        return "referrals/new";
    }
}
