package kz.qorgau.agencies;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.NavigationItem;

@Configuration(proxyBeanMethods = false)
class AgenciesNavigation {

    @Bean
    NavigationItem agenciesNavigationItem() {
        return new NavigationItem("nav.agencies", "/agencies", "briefcase", Permission.AGENCIES, 96);
    }
}
