package kz.qorgau.cases;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.NavigationItem;

@Configuration(proxyBeanMethods = false)
class CasesNavigation {

    @Bean
    NavigationItem casesNavigationItem() {
        return new NavigationItem("nav.cases", "/cases", "folder2-open",
                Permission.CASES, 100);
    }

    @Bean
    NavigationItem operationsNavigationItem() {
        return new NavigationItem("nav.operations", "/operations", "binoculars",
                Permission.OPERATIONS, 110);
    }

    @Bean
    NavigationItem cooperationNavigationItem() {
        return new NavigationItem("nav.cooperation", "/cooperation", "globe2",
                Permission.OPERATIONS, 120);
    }
}
