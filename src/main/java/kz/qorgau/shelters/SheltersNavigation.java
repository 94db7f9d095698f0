package kz.qorgau.shelters;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.NavigationItem;

@Configuration(proxyBeanMethods = false)
class SheltersNavigation {

    @Bean
    NavigationItem sheltersNavigationItem() {
        return new NavigationItem("nav.shelters", "/shelters", "house-door", Permission.SHELTERS, 93);
    }
}
