package kz.qorgau.referrals;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.NavigationItem;

/** The referral mechanism's settings and its entries in the navigation. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReferralSettings.class)
class ReferralsConfiguration {

    @Bean
    NavigationItem referralsNavigationItem() {
        return new NavigationItem("nav.referrals", "/referrals", "arrow-left-right", Permission.REFERRALS, 92);
    }

    @Bean
    NavigationItem providersNavigationItem() {
        return new NavigationItem("nav.providers", "/referrals/providers", "house-heart",
                Permission.ADMINISTER_ORGANISATIONS, 210);
    }
}
