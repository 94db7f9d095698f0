package kz.qorgau.system;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import jakarta.servlet.RequestDispatcher;

/**
 * What every page's layout needs: the navigation the user may see (their own section first), the languages, the
 * current path.
 */
@ControllerAdvice
class LayoutAdvice {

    private final List<NavigationItem> navigation;
    private final WorkQueues queues;

    LayoutAdvice(List<NavigationItem> navigation, WorkQueues queues) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.queues = queues;
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return List.of();
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return queues.ordered(navigation.stream().filter(item -> item.visibleTo(authorities)).toList());
    }

    @ModelAttribute("languages")
    List<String> languages() {
        return Languages.SUPPORTED;
    }

    /** The current URL without its page number, ready for {@code page=N} to be appended. */
    @ModelAttribute("pagingBase")
    String pagingBase(HttpServletRequest request) {
        StringBuilder base = new StringBuilder(request.getRequestURI()).append('?');
        if (request.getQueryString() != null) {
            for (String parameter : request.getQueryString().split("&")) {
                if (!parameter.isEmpty() && !parameter.startsWith("page=")) {
                    base.append(parameter).append('&');
                }
            }
        }
        return base.toString();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        // On an error page, the page that failed (so that switching language returns there).
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (failed != null) {
            return failed.toString();
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }
}
