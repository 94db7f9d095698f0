package kz.qorgau.statistics;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The statistics module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CtdcSettings.class)
class StatisticsConfiguration {
}
