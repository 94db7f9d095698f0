package kz.qorgau.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.NavigationItem;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationItem usersNavigationItem() {
        return new NavigationItem("nav.users", "/admin/users", "people", Permission.ADMINISTER_USERS, 910);
    }

    @Bean
    NavigationItem apiDocsNavigationItem() {
        return new NavigationItem("nav.api", "/swagger-ui.html", "braces", Permission.API_DOCUMENTATION, 930);
    }

    @Bean
    NavigationItem breakGlassNavigationItem() {
        return new NavigationItem("nav.break-glass", "/break-glass", "unlock", Permission.BREAK_GLASS, 940);
    }

    @Bean
    NavigationItem teamAccessNavigationItem() {
        return new NavigationItem("nav.team-access", "/break-glass/team", "people-fill", Permission.SUPERVISE, 945);
    }

    @Bean
    NavigationItem breakGlassAuditNavigationItem() {
        return new NavigationItem("nav.break-glass-audit", "/audit/break-glass", "unlock", Permission.AUDIT, 955);
    }

    /** The notices awaiting the user, shown in the menu bar of every page. */
    @ControllerAdvice
    static class Notices {

        private final BreakGlass breakGlass;

        Notices(BreakGlass breakGlass) {
            this.breakGlass = breakGlass;
        }

        @ModelAttribute("breakGlassNotices")
        long breakGlassNotices(@AuthenticationPrincipal Object principal) {
            return principal instanceof QorgauUser ? breakGlass.unreadNotices() : 0;
        }
    }
}
