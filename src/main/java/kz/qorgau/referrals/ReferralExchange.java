package kz.qorgau.referrals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.victims.VictimDetails;
import kz.qorgau.victims.VictimExchange;

/**
 * The referrals of the user's organisation as the exchange format reads them: those it sent or received (its
 * outbox and inbox, {@link ReferralList}), with their dated steps; never a sealed text (details, notes). Without
 * {@link Permission#REFERRALS} there are none.
 */
@Service
public class ReferralExchange {

    private final JdbcClient jdbc;
    private final Referrals referrals;
    private final VictimDetails victims;
    private final VictimExchange victimRegions;

    ReferralExchange(JdbcClient jdbc, Referrals referrals, VictimDetails victims, VictimExchange victimRegions) {
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.victims = victims;
        this.victimRegions = victimRegions;
    }

    /** One dated step, by the organisation that took it; a declined step with its reason. */
    public record Step(StepKind step, LocalDate occurredOn, long organisationId, DeclineReason reason) {
    }

    /** A referral for the exchange, naming its victim record by reference. */
    public record Record(String reference, String victimReference, boolean anonymous, ReferralKind kind,
            long fromOrganisationId, long toOrganisationId, Set<ServiceType> services, ReferralStatus status,
            LocalDate sentOn, LocalDate answerDueOn, List<Step> steps) {
    }

    /**
     * A service episode of a victim record: what was provided, by whom, from when to when (open: still going), under
     * which referral if one, at what cost and from which funding.
     */
    public record Episode(ServiceType service, LocalDate startedOn, LocalDate endedOn, long organisationId,
            String referralReference, long costKzt, FundingSource fundingSource) {
    }

    /**
     * The service episodes of the victim records given (records of the user's scope, which the caller read), each
     * record's oldest first; none without {@link Permission#REFERRALS}, as the referrals.
     */
    @Requires(Permission.EXPORT_RECORDS)
    @Transactional(readOnly = true)
    public Map<Long, List<Episode>> episodes(Collection<Long> victimIds) {
        Map<Long, List<Episode>> episodes = new HashMap<>();
        if (victimIds.isEmpty() || !QorgauUser.required().may(Permission.REFERRALS)) {
            return episodes;
        }
        jdbc.sql("""
                select e.victim_id, e.service, e.started_on, e.ended_on, e.organisation_id, r.reference,
                    e.cost_kzt, e.funding_source
                from referrals_service_episode e left join referrals_referral r on r.id = e.referral_id
                where e.victim_id = any(:ids) order by e.victim_id, e.started_on, e.id""")
                .param("ids", victimIds.stream().distinct().toArray(Long[]::new)).query(rs -> {
                    episodes.computeIfAbsent(rs.getLong("victim_id"), id -> new ArrayList<>()).add(new Episode(
                            ServiceType.valueOf(rs.getString("service")), rs.getObject("started_on",
                                    LocalDate.class), rs.getObject("ended_on", LocalDate.class), rs.getLong(
                                            "organisation_id"), rs.getString("reference"), rs.getLong("cost_kzt"),
                            FundingSource.valueOf(rs.getString("funding_source"))));
                });
        return episodes;
    }

    /**
     * The referrals the user's organisation sent or received, sent from {@code from} to {@code to} (inclusive),
     * oldest first; with a region, those whose victim record is of the region. At most {@code limit} (the caller
     * asks one more than it accepts to tell that there are more).
     */
    @Requires(Permission.EXPORT_RECORDS)
    @Transactional(readOnly = true)
    public List<Record> inScope(LocalDate from, LocalDate to, RegionCode region, int limit) {
        QorgauUser user = QorgauUser.required();
        if (!user.may(Permission.REFERRALS)) {
            return List.of();
        }
        // with a region, the records of other regions are filtered out afterwards: read them all, without a limit
        Map<String, Object> limited = region == null ? Map.of("limit", limit) : Map.of();
        List<Long> ids = jdbc.sql("select r.id from referrals_referral r where (r.from_organisation_id = :organisation"
                + " or r.to_organisation_id = :organisation) and r.sent_on >= :from and r.sent_on <= :to"
                + " order by r.sent_on, r.reference" + (region == null ? " limit :limit" : ""))
                .param("organisation", user.organisationId()).param("from", from).param("to", to)
                .params(limited).query(Long.class).list();
        List<Referral> found = referrals.findAllById(ids).stream()
                .sorted(Comparator.comparing(Referral::sentOn).thenComparing(Referral::reference)).toList();
        if (region != null) {
            Map<Long, RegionCode> regions = victimRegions.regions(found.stream().map(Referral::victimId).toList());
            found = found.stream().filter(referral -> region.equals(regions.get(referral.victimId()))).limit(limit)
                    .toList();
        }
        Map<Long, String> references = victims.references(found.stream().map(Referral::victimId).toList());
        return found.stream().map(referral -> new Record(referral.reference(), references.get(referral.victimId()),
                referral.anonymous(), referral.kind(), referral.fromOrganisationId(), referral.toOrganisationId(),
                referral.services(), referral.status(), referral.sentOn(), referral.answerDueOn(),
                referral.steps().stream().map(step -> new Step(step.step(), step.occurredOn(), step.organisationId(),
                        step.reason())).toList()))
                .toList();
    }
}
