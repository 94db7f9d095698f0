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

    /** Beside the person registry's possible duplicates (101): the records of one person's one situation. */
    @Bean
    NavigationItem situationMergesNavigationItem() {
        return new NavigationItem("nav.victim-merges", "/victims/merges", "union", Permission.LINKAGE_REVIEW, 102);
    }
}
