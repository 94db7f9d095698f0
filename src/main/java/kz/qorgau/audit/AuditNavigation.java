package kz.qorgau.audit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.NavigationItem;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationItem auditTrailNavigationItem() {
        return new NavigationItem("nav.audit", "/audit", "journal-check", Permission.AUDIT, 950);
    }
}
