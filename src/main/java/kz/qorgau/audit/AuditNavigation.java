package kz.qorgau.audit;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.qorgau.system.NavigationItem;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationItem auditTrailNavigationItem() {
        return new NavigationItem("nav.audit", "/audit", "journal-check", Set.of("AUDITOR"), 950);
    }
}
