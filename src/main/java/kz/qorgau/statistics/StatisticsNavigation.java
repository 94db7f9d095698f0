package kz.qorgau.statistics;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.NavigationItem;

@Configuration(proxyBeanMethods = false)
class StatisticsNavigation {

    @Bean
    NavigationItem statisticsNavigationItem() {
        return new NavigationItem("nav.statistics", "/statistics", "bar-chart-line", Permission.STATISTICS, 800);
    }
}
