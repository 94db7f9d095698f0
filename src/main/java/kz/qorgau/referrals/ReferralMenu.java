package kz.qorgau.referrals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.shared.Permission;

/**
 * The referrals' part of every page's menu bar: the count of referrals awaiting the organisation's answer (the
 * badge) and its unread notices, so that nobody has to open the referrals page to learn of them.
 */
@ControllerAdvice
class ReferralMenu {

    /** The unread notices the menu lists; the referrals page lists them all. */
    static final int LATEST = 5;

    private final ReferralList list;
    private final ReferralNotices notices;
    private final OrganisationRegistry organisations;

    ReferralMenu(ReferralList list, ReferralNotices notices, OrganisationRegistry organisations) {
        this.list = list;
        this.notices = notices;
        this.organisations = organisations;
    }

    @ModelAttribute("referralNotices")
    ReferralViews.MenuNotices referralNotices(@AuthenticationPrincipal Object principal, HttpServletRequest request,
            Locale locale) {
        // The API answers JSON and has no menu bar.
        if (!(principal instanceof QorgauUser user) || !user.may(Permission.REFERRALS)
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        ReferralNotices.Unread unread = notices.unread(LATEST);
        Map<Long, OrganisationSummary> names = unread.newest().isEmpty() ? Map.of()
                : organisations.findAll(unread.newest().stream().map(ReferralViews.NotificationView::byOrganisationId)
                        .collect(Collectors.toSet()));
        List<ReferralViews.MenuNotice> latest = unread.newest().stream()
                .map(notice -> new ReferralViews.MenuNotice(notice.referralId(), notice.referralReference(),
                        notice.step(), names.containsKey(notice.byOrganisationId())
                                ? names.get(notice.byOrganisationId()).name(locale)
                                : ""))
                .toList();
        return new ReferralViews.MenuNotices(list.awaitingAnswer(), unread.count(), latest);
    }
}
