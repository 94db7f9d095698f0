package kz.qorgau.statistics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the CTDC / HTCDS victim-level export ({@link Ctdc}). The application refuses to start with a k
 * under 2 (k = 1 would release every record as it is).
 *
 * @param k every released combination of quasi-identifiers is shared by at least k records
 *        ({@code qorgau.statistics.ctdc.k}, default 11, as CTDC publishes; DESIGN.md §4)
 * @param maxSuppressedPercent the share of records the anonymiser accepts to suppress rather than generalise
 *        the quasi-identifiers further ({@code qorgau.statistics.ctdc.max-suppressed-percent}, default 5)
 */
@ConfigurationProperties("qorgau.statistics.ctdc")
record CtdcSettings(@DefaultValue("11") int k, @DefaultValue("5") int maxSuppressedPercent) {

    CtdcSettings {
        if (k < 2) {
            throw new IllegalArgumentException("qorgau.statistics.ctdc.k must be at least 2, was " + k);
        }
        if (maxSuppressedPercent < 0 || maxSuppressedPercent > 100) {
            throw new IllegalArgumentException(
                    "qorgau.statistics.ctdc.max-suppressed-percent must be between 0 and 100");
        }
    }
}
