package kz.qorgau.victims;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.NavigationItem;

@Configuration(proxyBeanMethods = false)
class VictimsNavigation {

    @Bean
    NavigationItem victimsNavigationItem() {
        return new NavigationItem("nav.victims", "/victims", "person-heart", Permission.VICTIMS, 90);
    }

    @Bean
    NavigationItem victimDeadlinesNavigationItem() {
        return new NavigationItem("nav.victim-deadlines", "/victims/deadlines", "calendar-event", Permission.VICTIMS,
                95);
    }
}
