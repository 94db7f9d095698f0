package kz.qorgau.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import kz.qorgau.shared.Requires;

/**
 * Checks a handler's {@link Requires} before Spring MVC reads the request, so that a caller without the
 * permission is refused (403) whatever they sent: a refused call never reaches body binding or
 * validation, and answers the same for every input. Method security checks the same annotation again
 * on the controller and the application services behind it.
 */
class PermissionGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            Requires requires = required(method);
            if (requires != null && QorgauUser.current().filter(user -> user.may(requires.value())).isEmpty()) {
                throw new AccessDeniedException("lacks " + requires.value());
            }
        }
        return true;
    }

    /** The handler's requirement: its method's, else its class's. */
    static Requires required(HandlerMethod method) {
        Requires onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Requires.class);
        return onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Requires.class);
    }
}
