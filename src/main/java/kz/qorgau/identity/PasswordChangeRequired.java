package kz.qorgau.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import java.io.IOException;

/**
 * A user holding a temporary password (new account, administrator's reset) can do nothing but choose
 * a new one.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeRequired implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/account/password", "/logout", "/language", "/login",
                "/login/second-factor/**",
                "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.*");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (QorgauUser.current().filter(QorgauUser::mustChangePassword).isPresent()) {
            if (request.getRequestURI().startsWith("/api/")) {
                response.sendError(403);
            } else {
                response.sendRedirect(request.getContextPath() + "/account/password");
            }
            return false;
        }
        return true;
    }
}
