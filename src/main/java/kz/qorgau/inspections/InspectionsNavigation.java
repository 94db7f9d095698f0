package kz.qorgau.inspections;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.NavigationItem;

@Configuration(proxyBeanMethods = false)
class InspectionsNavigation {

    @Bean
    NavigationItem inspectionsNavigationItem() {
        return new NavigationItem("nav.inspections", "/inspections", "clipboard-check", Permission.INSPECTIONS, 94);
    }
}
