package kz.qorgau.inspections;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.NavigationItem;

@Configuration(proxyBeanMethods = false)
class RemovalsNavigation {

    @Bean
    NavigationItem removalsNavigationItem() {
        return new NavigationItem("nav.removals", "/removals", "box-arrow-right", Permission.REMOVALS, 95);
    }
}
