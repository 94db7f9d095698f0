package kz.qorgau.identity;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.qorgau.system.NavigationItem;

@Configuration(proxyBeanMethods = false)
class IdentityNavigation {

    @Bean
    NavigationItem usersNavigationItem() {
        return new NavigationItem("nav.users", "/admin/users", "people", Set.of("ADMIN"), 910);
    }

    @Bean
    NavigationItem apiDocsNavigationItem() {
        return new NavigationItem("nav.api", "/swagger-ui.html", "braces", Set.of("ADMIN"), 930);
    }
}
