package kz.qorgau.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

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
}
