package kz.qorgau.cases;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.qorgau.system.NavigationItem;

@Configuration(proxyBeanMethods = false)
class CasesNavigation {

    @Bean
    NavigationItem casesNavigationItem() {
        return new NavigationItem("nav.cases", "/cases", "folder2-open",
                Set.of("INVESTIGATOR", "SUPERVISOR", "PROSECUTOR", "COURT_CLERK"), 100);
    }

    @Bean
    NavigationItem operationsNavigationItem() {
        return new NavigationItem("nav.operations", "/operations", "binoculars",
                Set.of("INVESTIGATOR", "SUPERVISOR", "PROSECUTOR", "ANALYST"), 110);
    }

    @Bean
    NavigationItem cooperationNavigationItem() {
        return new NavigationItem("nav.cooperation", "/cooperation", "globe2",
                Set.of("INVESTIGATOR", "SUPERVISOR", "PROSECUTOR", "ANALYST"), 120);
    }
}
