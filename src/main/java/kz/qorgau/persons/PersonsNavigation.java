package kz.qorgau.persons;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.NavigationItem;

@Configuration(proxyBeanMethods = false)
class PersonsNavigation {

    @Bean
    NavigationItem personsNavigationItem() {
        return new NavigationItem("nav.persons", "/persons", "person-vcard", Permission.PERSONS, 100);
    }

    @Bean
    NavigationItem duplicatesNavigationItem() {
        return new NavigationItem("nav.duplicates", "/persons/duplicates", "people", Permission.LINKAGE_REVIEW, 101);
    }
}
