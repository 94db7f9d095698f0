package kz.qorgau.organisations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.NavigationItem;

@Configuration(proxyBeanMethods = false)
class OrganisationsNavigation {

    @Bean
    NavigationItem organisationsNavigationItem() {
        return new NavigationItem("nav.organisations", "/admin/organisations", "building",
                Permission.ADMINISTER_ORGANISATIONS, 900);
    }
}
