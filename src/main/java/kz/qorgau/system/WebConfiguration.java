package kz.qorgau.system;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.thymeleaf.ITemplateEngine;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new Languages();
    }

    /**
     * Keeps Thymeleaf's {@link ResourceUrlEncodingFilter} off. Registered because WebJars enable the
     * resource chain, it would pass every link of every page through the static resource resolvers to
     * rewrite links to versioned files, which Qorgau does not use; for a link that is not a static file
     * (every {@code /cases/{id}} of a list) the classpath lookup fails anew on every page, and took half
     * the CPU of a case list (docs/benchmarks.md). Version-less WebJar URLs are still resolved when the
     * files are served.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
                new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    /** 503 while the database is unreachable, answered before the session is looked up ({@link DatabaseOutageFilter}). */
    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(MessageSource messages, ITemplateEngine templates,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
                new DatabaseOutageFilter(messages, templates, sessionCookie));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }
}
