package kz.qorgau.organisations;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Today;

/** The region dictionary: reference data loaded by migration, versioned by validity dates. */
@Service
public class Regions {

    private final JdbcClient jdbc;
    private final Today today;
    private volatile List<Region> all;

    Regions(JdbcClient jdbc, Today today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    /** Every version of every region. Reference data changes only by migration, so it is read once. */
    public List<Region> all() {
        List<Region> regions = all;
        if (regions == null) {
            regions = jdbc.sql("select * from organisations_region order by iso_code, valid_from nulls first")
                    .query((rs, n) -> new Region(new RegionCode(rs.getString("iso_code")), rs.getString("kind"),
                            rs.getString("name_en"), rs.getString("name_ru"), rs.getString("name_kk"),
                            rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class)))
                    .list();
            all = regions;
        }
        return regions;
    }

    /** Regions valid on the date, sorted by name in the given language. */
    public List<Region> validOn(LocalDate date, Locale locale) {
        return all().stream()
                .filter(region -> region.validOn(date))
                .sorted(Comparator.comparing(region -> region.name(locale)))
                .toList();
    }

    /** Regions valid today. */
    public List<Region> current(Locale locale) {
        return validOn(today.date(), locale);
    }

    /** The version of the region valid on the date. */
    public Optional<Region> find(RegionCode code, LocalDate date) {
        return all().stream().filter(region -> region.code().equals(code) && region.validOn(date)).findFirst();
    }

    /** Whether the code names a region of the dictionary at all, in any version. */
    public boolean known(RegionCode code) {
        return all().stream().anyMatch(region -> region.code().equals(code));
    }

    public boolean existsToday(RegionCode code) {
        return find(code, today.date()).isPresent();
    }

    /** The region's name in the language; the code itself if unknown. */
    public String name(RegionCode code, Locale locale) {
        if (code == null) {
            return null;
        }
        return all().stream()
                .filter(region -> region.code().equals(code))
                .reduce((first, second) -> second)
                .map(region -> region.name(locale))
                .orElse(code.value());
    }
}
