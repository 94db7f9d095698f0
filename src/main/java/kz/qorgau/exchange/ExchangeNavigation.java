package kz.qorgau.exchange;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.NavigationItem;

@Configuration(proxyBeanMethods = false)
class ExchangeNavigation {

    /** After the victim records (90) and their deadlines (95): where records come in by the file. */
    @Bean
    NavigationItem importsNavigationItem() {
        return new NavigationItem("nav.exchange-imports", "/exchange/imports", "upload", Permission.IMPORT_RECORDS,
                97);
    }

    /** After the record imports: the referrals to and from other countries. */
    @Bean
    NavigationItem crossBorderNavigationItem() {
        return new NavigationItem("nav.exchange-referrals", "/exchange/referrals", "signpost-split",
                Permission.REFER_ABROAD, 98);
    }

    /** Beside the organisations (900) and users (910): the other countries' systems. */
    @Bean
    NavigationItem peersNavigationItem() {
        return new NavigationItem("nav.exchange-peers", "/admin/peers", "globe", Permission.ADMINISTER_ORGANISATIONS,
                905);
    }
}
