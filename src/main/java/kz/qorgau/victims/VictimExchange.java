package kz.qorgau.victims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Sex;

/**
 * The victim records of the user's scope ({@link VictimScope}, the rule the lists apply) as the exchange format
 * reads them: what is known of the situation, the dated status history, never a sealed text (narrative, reasons,
 * recruitment place). The person is named by id: whether the user sees the person's data is the person registry's
 * answer (its access policies, {@link VictimAccess} among them).
 */
@Service
public class VictimExchange {

    private final JdbcClient jdbc;
    private final Victims victims;
    private final VictimScope scope;

    VictimExchange(JdbcClient jdbc, Victims victims, VictimScope scope) {
        this.jdbc = jdbc;
        this.victims = victims;
        this.scope = scope;
    }

    /** One dated decision on the trafficking status, by the kind of organisation that took it. */
    public record StatusEntry(TraffickingStatus status, LocalDate decidedOn, DecidingOrganisationType decidingType) {
    }

    /** A victim's dated answer on one scope of consent. */
    public record Consent(ConsentScope scope, ConsentDecision decision, LocalDate decidedOn) {
    }

    /**
     * One screening of the person, as recorded: where and when, whether as a child, the set of indicators, the answers
     * of each list, the suggestion the rule made of them at the time, and the decision taken (its reason is sealed and
     * never exported).
     */
    public record ScreeningEntry(LocalDate screenedOn, ScreeningContext context, boolean child,
            ExploitationKind exploitation, Map<IloIndicator, Answer> ilo, Map<DelphiIndicator, Answer> delphi,
            DelphiRule.Outcome suggestion, TraffickingStatus decision) {
    }

    /** A country with what it is to the victim. */
    public record Country(CountryRole role, CountryCode country) {
    }

    /**
     * A victim record for the exchange.
     *
     * @param id the record's id in this system (never exported: other modules' exports find its entries by it)
     * @param personId the person the record names, null on the anonymous route
     * @param mergedIntoReference the reference of the record this one was merged into (same situation), if any
     * @param consents the victim's answers on consent, in the order recorded
     * @param screenings the screenings, in the order of their numbers
     */
    public record Record(long id, String reference, Long personId, RegionCode region,
            LocalDate identifiedOn, LocalDate firstIdentifiedOn, TraffickingStatus status, List<StatusEntry> statuses,
            Sex sex, Integer ageAtIdentification, Integer ageWhenTrafficked, boolean child, boolean stateless,
            Set<ExploitationForm> forms, List<Country> countries, IsicSection forcedLabourSector,
            RecruiterRelationship recruiterRelationship, Set<ControlMethod> controlMethods,
            Set<RecruitmentMethod> recruitmentMethods, Set<SexExploitationType> sexExploitation,
            String mergedIntoReference, List<Consent> consents, List<ScreeningEntry> screenings) {
    }

    /**
     * The records of the user's scope identified from {@code from} to {@code to} (inclusive), of the region if one is
     * given, oldest first; at most {@code limit} of them (the caller asks one more than it accepts to tell that there
     * are more).
     */
    @Requires(Permission.EXPORT_RECORDS)
    @Transactional(readOnly = true)
    public List<Record> inScope(LocalDate from, LocalDate to, RegionCode region, int limit) {
        QorgauUser user = QorgauUser.required();
        Map<String, Object> params = new HashMap<>();
        String sql = "select v.id from victims_victim v where " + scope.sql(user, params)
                + " and v.identified_on >= :from and v.identified_on <= :to"
                + (region == null ? "" : " and v.region_code = :region")
                + " order by v.identified_on, v.reference limit :limit";
        params.put("from", from);
        params.put("to", to);
        params.put("limit", limit);
        if (region != null) {
            params.put("region", region.value());
        }
        List<Long> ids = jdbc.sql(sql).params(params).query(Long.class).list();
        List<Victim> found = victims.findAllById(ids).stream()
                .sorted(Comparator.comparing(Victim::identifiedOn).thenComparing(Victim::reference)).toList();
        Map<Long, String> mergedInto = references(found.stream().map(Victim::mergedIntoId)
                .filter(id -> id != null).toList());
        Map<Long, List<ScreeningEntry>> screenings = screenings(ids);
        return found.stream().map(victim -> record(victim, mergedInto, screenings.getOrDefault(victim.id(), List
                .of()))).toList();
    }

    /** The screenings of the records, each record's in the order of their numbers: two queries for all. */
    private Map<Long, List<ScreeningEntry>> screenings(List<Long> victimIds) {
        if (victimIds.isEmpty()) {
            return Map.of();
        }
        Long[] ids = victimIds.toArray(Long[]::new);
        Map<Long, Map<IloIndicator, Answer>> ilo = new HashMap<>();
        Map<Long, Map<DelphiIndicator, Answer>> delphi = new HashMap<>();
        jdbc.sql("""
                select a.screening_id, a.list, a.indicator, a.answer from victims_screening_answer a
                join victims_screening s on s.id = a.screening_id where s.victim_id = any(:ids)""")
                .param("ids", ids).query(rs -> {
                    long screening = rs.getLong("screening_id");
                    Answer answer = Answer.valueOf(rs.getString("answer"));
                    if (ScreeningAnswer.ILO.equals(rs.getString("list"))) {
                        ilo.computeIfAbsent(screening, id -> new EnumMap<>(IloIndicator.class))
                                .put(IloIndicator.valueOf(rs.getString("indicator")), answer);
                    } else {
                        delphi.computeIfAbsent(screening, id -> new EnumMap<>(DelphiIndicator.class))
                                .put(DelphiIndicator.valueOf(rs.getString("indicator")), answer);
                    }
                });
        Map<Long, List<ScreeningEntry>> screenings = new HashMap<>();
        jdbc.sql("""
                select id, victim_id, screened_on, context, child, exploitation, suggestion, decision
                from victims_screening where victim_id = any(:ids) order by victim_id, number""")
                .param("ids", ids).query(rs -> {
                    long id = rs.getLong("id");
                    ScreeningEntry entry = new ScreeningEntry(rs.getObject("screened_on", LocalDate.class),
                            ScreeningContext.valueOf(rs.getString("context")), rs.getBoolean("child"),
                            ExploitationKind.valueOf(rs.getString("exploitation")), ilo.getOrDefault(id, Map.of()),
                            delphi.getOrDefault(id, Map.of()), DelphiRule.Outcome.valueOf(rs.getString("suggestion")),
                            TraffickingStatus.valueOf(rs.getString("decision")));
                    screenings.computeIfAbsent(rs.getLong("victim_id"), victim -> new ArrayList<>()).add(entry);
                });
        return screenings;
    }

    /** The region of each of the records (for other modules' exports that follow the records' regions). */
    @Requires(Permission.EXPORT_RECORDS)
    @Transactional(readOnly = true)
    public Map<Long, RegionCode> regions(Collection<Long> ids) {
        Map<Long, RegionCode> regions = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, region_code from victims_victim where id = any(:ids) and region_code is not null")
                    .param("ids", ids.stream().distinct().toArray(Long[]::new))
                    .query(rs -> {
                        regions.put(rs.getLong("id"), new RegionCode(rs.getString("region_code")));
                    });
        }
        return regions;
    }

    private Map<Long, String> references(Collection<Long> ids) {
        Map<Long, String> references = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, reference from victims_victim where id = any(:ids)")
                    .param("ids", ids.stream().distinct().toArray(Long[]::new))
                    .query(rs -> {
                        references.put(rs.getLong("id"), rs.getString("reference"));
                    });
        }
        return references;
    }

    private static Record record(Victim victim, Map<Long, String> mergedInto, List<ScreeningEntry> screenings) {
        List<StatusEntry> statuses = victim.statuses().stream()
                .map(change -> new StatusEntry(change.status(), change.decidedOn(), change.decidingType())).toList();
        List<Country> countries = new ArrayList<>();
        for (CountryRole role : CountryRole.values()) {
            victim.countries(role).forEach(country -> countries.add(new Country(role, country)));
        }
        return new Record(victim.id(), victim.reference(), victim.personId(), victim.region(), victim.identifiedOn(),
                victim
                        .firstIdentifiedOn(), victim.status(), statuses,
                victim.sex(), victim.ageAtIdentification(), victim.ageWhenTrafficked(), victim.child(),
                victim.stateless(), victim.forms(), List.copyOf(countries), victim.forcedLabourSector(),
                victim.recruiterRelationship(), victim.traits(ControlMethod.class),
                victim.traits(RecruitmentMethod.class), victim.traits(SexExploitationType.class),
                victim.mergedIntoId() == null ? null : mergedInto.get(victim.mergedIntoId()),
                victim.consentEntries().stream()
                        .map(entry -> new Consent(entry.scope(), entry.decision(), entry.decidedOn())).toList(),
                screenings);
    }
}
