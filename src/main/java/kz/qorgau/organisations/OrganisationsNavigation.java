package kz.qorgau.organisations;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.qorgau.system.NavigationItem;

@Configuration(proxyBeanMethods = false)
class OrganisationsNavigation {

    @Bean
    NavigationItem organisationsNavigationItem() {
        return new NavigationItem("nav.organisations", "/admin/organisations", "building", Set.of("ADMIN"), 900);
    }
}
