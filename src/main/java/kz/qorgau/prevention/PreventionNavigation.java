package kz.qorgau.prevention;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.NavigationItem;

@Configuration(proxyBeanMethods = false)
class PreventionNavigation {

    @Bean
    NavigationItem preventionNavigationItem() {
        return new NavigationItem("nav.prevention", "/prevention/coordination", "people", Permission.PREVENTION, 810);
    }
}
