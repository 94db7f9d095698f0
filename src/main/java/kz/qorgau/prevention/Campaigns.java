package kz.qorgau.prevention;

import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Today;

/**
 * The awareness campaigns: recorded once begun, with their reach as the organiser reported it and how it was
 * measured, and their budget with its source; listed by the year they ran in.
 */
@Service
public class Campaigns {

    /** A campaign recorded. */
    public record Campaign(long id, String title, String organiser, Set<CampaignAudience> audiences,
            Set<Channel> channels, List<String> languages, List<RegionCode> regions, LocalDate startsOn,
            LocalDate endsOn, Long reach, String reachMethod, Long budgetKzt, FundingSource source) {
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    Campaigns(JdbcClient jdbc, AuditTrail audit, Clock clock, Today today) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /** Records a campaign; answers its id. */
    @Requires(Permission.PREVENTION)
    @Transactional
    public long record(CampaignCommands.Campaign campaign) {
        QorgauUser user = QorgauUser.required();
        InvalidFieldException.refuseFirst(campaign.errors(today.date()));
        long id = jdbc.sql("insert into prevention_campaign (title, organiser, audiences, channels, languages, regions,"
                + " starts_on, ends_on, reach, reach_method, budget_kzt, budget_source, recorded_by, recorded_at)"
                + " values (?, ?, string_to_array(?, ','), string_to_array(?, ','), string_to_array(?, ','),"
                + " string_to_array(?, ','), ?, ?, ?, ?, ?, ?, ?, ?) returning id").params(campaign.title().strip(),
                        campaign.organiser().strip(), joined(campaign.audiences()), joined(campaign.channels()), String
                                .join(",", new TreeSet<>(campaign.languages())), campaign.regions().stream().map(
                                        RegionCode::value).sorted().collect(Collectors.joining(",")), Date.valueOf(
                                                campaign.startsOn()), Date.valueOf(campaign.endsOn()), campaign.reach(),
                        Errors.strip(campaign.reachMethod()), campaign.budgetKzt(), campaign.source() == null ? null
                                : campaign.source().name(), user.getUsername(), Timestamp.from(clock.instant())).query(
                                        Long.class).single();
        audit.record(AuditEvent.of("CAMPAIGN_RECORDED", "campaign", id).with("startsOn", campaign.startsOn()).with(
                "endsOn", campaign.endsOn()));
        return id;
    }

    /** The campaigns that ran at some time in the year (all when null), latest first. */
    @Requires(Permission.PREVENTION)
    @Transactional(readOnly = true)
    public List<Campaign> of(Integer year) {
        String where = year == null ? "" : " where starts_on <= ? and ends_on >= ?";
        var statement = jdbc.sql("select * from prevention_campaign" + where + " order by starts_on desc, id desc");
        if (year != null) {
            statement = statement.params(Date.valueOf(LocalDate.of(year, 12, 31)), Date.valueOf(LocalDate.of(year, 1,
                    1)));
        }
        return statement.query((rs, n) -> {
            String source = rs.getString("budget_source");
            return new Campaign(rs.getLong("id"), rs.getString("title"), rs.getString("organiser"), values(rs
                    .getArray("audiences"), CampaignAudience.class), values(rs.getArray("channels"), Channel.class),
                    List.of((String[]) rs.getArray("languages").getArray()), Arrays.stream((String[]) rs
                            .getArray("regions").getArray()).map(RegionCode::of).toList(), rs.getObject("starts_on",
                                    LocalDate.class), rs.getObject("ends_on", LocalDate.class), (Long) rs.getObject(
                                            "reach"), rs.getString("reach_method"), (Long) rs.getObject(
                                                    "budget_kzt"), source == null ? null : FundingSource.valueOf(
                                                            source));
        }).list();
    }

    private static String joined(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> values(Array array, Class<E> type)
            throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        for (String value : (String[]) array.getArray()) {
            values.add(Enum.valueOf(type, value));
        }
        return values;
    }
}
