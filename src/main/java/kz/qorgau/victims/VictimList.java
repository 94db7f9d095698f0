package kz.qorgau.victims;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.PersonSummary;
import kz.qorgau.shared.AgeGroup;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RandomReference;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Sex;
import kz.qorgau.system.DisplayFormat;

/**
 * The lists of victim records, read by SQL: the filtered list, the drill-down from a statistic, and the deadlines
 * of foreign victims. What the user sees is one SQL predicate ({@link VictimScope#sql}), the same rule that
 * {@link VictimDetails} applies to one record. Pseudonymous throughout.
 */
@Service
public class VictimList {

    private final VictimScope scope;
    private final Permits permits;
    private final PersonRegistry persons;
    private final JdbcClient jdbc;
    private final DisplayFormat format;
    private final ObjectProvider<VictimDeadlines> contributed;

    VictimList(VictimScope scope, Permits permits, PersonRegistry persons, JdbcClient jdbc, DisplayFormat format,
            ObjectProvider<VictimDeadlines> contributed) {
        this.scope = scope;
        this.permits = permits;
        this.persons = persons;
        this.jdbc = jdbc;
        this.format = format;
        this.contributed = contributed;
    }

    /** The victim records in the user's scope, filtered, most recently identified first. */
    @Requires(Permission.VICTIMS)
    @Transactional(readOnly = true)
    public PageResponse<VictimViews.VictimListItem> search(VictimCommands.Search search, Pageable pageable) {
        QorgauUser user = QorgauUser.required();
        Map<String, Object> params = new HashMap<>();
        StringJoiner where = new StringJoiner(" and ", " where ", "");
        where.add(scope.sql(user, params));
        if (search.region() != null && !search.region().isBlank()) {
            where.add("v.region_code = :region");
            params.put("region", search.region());
        }
        if (search.year() != null) {
            where.add("v.identified_on >= :yearStart and v.identified_on < :yearEnd");
            params.put("yearStart", LocalDate.of(search.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(search.year() + 1, 1, 1));
        }
        if (search.status() != null) {
            where.add("v.status = :status");
            params.put("status", search.status().name());
        }
        if (search.form() != null) {
            where.add("exists (select 1 from victims_form f where f.victim_id = v.id and f.form = :form)");
            params.put("form", search.form().name());
        }
        if (search.foreign() != null) {
            where.add((search.foreign() ? "not " : "")
                    + "exists (select 1 from victims_country c where c.victim_id = v.id "
                    + "and c.role = 'CITIZENSHIP' and c.country_code = 'KZ')");
        }
        if (search.sex() != null) {
            where.add("v.sex = :sex");
            params.put("sex", search.sex().name());
        }
        if (search.ageGroup() != null) {
            if (search.ageGroup() == AgeGroup.UNKNOWN) {
                where.add("v.age_at_identification is null");
            } else {
                where.add("v.age_at_identification between :ageFrom and :ageTo");
                params.put("ageFrom", search.ageGroup().from());
                params.put("ageTo", Math.min(search.ageGroup().to(), 200));
            }
        }
        if (search.child() != null) {
            where.add("v.child = :child");
            params.put("child", search.child());
        }
        if (search.reference() != null && !search.reference().isBlank()) {
            where.add("v.reference = :reference");
            String reference = RandomReference.normalise('V', search.reference());
            params.put("reference", reference == null ? "" : reference);
        }
        return page(where.toString(), params, pageable);
    }

    /**
     * The victim records among {@code ids} that the user may see, as a page of the victim list (the
     * drill-down from a statistic to the records behind it); the others are left out without a trace.
     */
    @Requires(Permission.VICTIMS)
    @Transactional(readOnly = true)
    public PageResponse<VictimViews.VictimListItem> among(Collection<Long> ids, Pageable pageable) {
        QorgauUser user = QorgauUser.required();
        Map<String, Object> params = new HashMap<>();
        String where = " where " + scope.sql(user, params) + " and v.id = any(:ids)";
        params.put("ids", ids.toArray(Long[]::new));
        return page(where, params, pageable);
    }

    /**
     * The deadlines of foreign victims in the user's scope due in the next 30 days, and the overdue ones, with those
     * other modules keep ({@link VictimDeadlines}: special social services periods ending), soonest first
     * ({@link Deadlines}).
     */
    @Requires(Permission.VICTIMS)
    @Transactional(readOnly = true)
    public List<VictimViews.DeadlineItem> deadlines() {
        QorgauUser user = QorgauUser.required();
        Map<String, Object> params = new HashMap<>();
        String visible = scope.sql(user, params);
        LocalDate today = format.today();
        params.put("horizon", today.plusDays(Deadlines.HORIZON_DAYS));
        record Candidate(long id, String reference, ReflectionPeriod reflection) {
        }
        List<Candidate> candidates = jdbc.sql("select v.id, v.reference, v.reflection_starts_on, v.reflection_ends_on, "
                + "v.reflection_extended from victims_victim v where " + visible
                + " and (v.reflection_ends_on <= :horizon or exists (select 1 from victims_permit p where p.victim_id = v.id"
                + " and p.outcome = 'GRANTED' and p.valid_until <= :horizon))").params(params)
                .query((rs, n) -> {
                    LocalDate starts = rs.getObject("reflection_starts_on", LocalDate.class);
                    return new Candidate(rs.getLong("id"), rs.getString("reference"), starts == null ? null
                            : new ReflectionPeriod(starts, rs.getObject("reflection_ends_on", LocalDate.class),
                                    rs.getBoolean("reflection_extended")));
                }).list();
        Map<Long, List<Permit>> permitsOf = new HashMap<>();
        if (!candidates.isEmpty()) {
            permits.findByVictimIdInOrderBySeq(candidates.stream().map(Candidate::id).toList()).forEach(
                    permit -> permitsOf.computeIfAbsent(permit.victimId(), id -> new ArrayList<>()).add(permit));
        }
        List<VictimViews.DeadlineItem> items = new ArrayList<>();
        contributed.orderedStream().forEach(source -> items.addAll(source.due()));
        for (Candidate candidate : candidates) {
            Deadlines.due(candidate.reflection(), permitsOf.getOrDefault(candidate.id(), List.of()), today)
                    .forEach(deadline -> items.add(new VictimViews.DeadlineItem(candidate.id(), candidate.reference(),
                            deadline.kind(), deadline.dueOn(), deadline.overdue(), deadline.permit())));
        }
        items.sort(Comparator.comparing(VictimViews.DeadlineItem::dueOn)
                .thenComparing(VictimViews.DeadlineItem::reference));
        return items;
    }

    private PageResponse<VictimViews.VictimListItem> page(String where, Map<String, Object> params, Pageable pageable) {
        long total = jdbc.sql("select count(*) from victims_victim v" + where).params(params).query(Long.class)
                .single();
        List<Row> rows = jdbc.sql("""
                select v.id, v.reference, v.person_id, v.identified_on, v.region_code, v.status, v.sex,
                       v.age_at_identification, v.child, v.registered_by_organisation_id,
                       array(select f.form from victims_form f where f.victim_id = v.id order by f.form) as forms,
                       not exists (select 1 from victims_country c where c.victim_id = v.id and c.role = 'CITIZENSHIP'
                                   and c.country_code = 'KZ') as foreign_victim,
                       case when exists (select 1 from victims_country c where c.victim_id = v.id
                                         and c.role = 'CITIZENSHIP' and c.country_code = 'KZ') then 'CITIZEN'
                            when exists (select 1 from victims_country c where c.victim_id = v.id
                                         and c.role = 'CITIZENSHIP') then 'FOREIGN'
                            when v.stateless then 'STATELESS' else 'UNKNOWN' end as citizenship
                from victims_victim v""" + where
                + " order by v.identified_on desc, v.id desc limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(VictimList::row)
                .list();
        Map<PersonId, PersonSummary> people = persons.summaries(rows.stream().filter(row -> row.personId() != null)
                .map(row -> new PersonId(row.personId())).toList());
        List<VictimViews.VictimListItem> items = rows.stream().map(row -> row.item(row.personId() == null ? null
                : people.containsKey(new PersonId(row.personId())) ? people.get(new PersonId(row.personId()))
                        .pseudonym()
                : null)).toList();
        return PageResponse.of(items, pageable, total);
    }

    /** A row of the list before the persons' pseudonyms are added. */
    private record Row(long id, String reference, Long personId, LocalDate identifiedOn, RegionCode region,
            TraffickingStatus status, Set<ExploitationForm> forms, Sex sex, Integer age, boolean child, boolean foreign,
            VictimViews.Citizenship citizenship, long registeredBy) {

        VictimViews.VictimListItem item(String pseudonym) {
            return new VictimViews.VictimListItem(id, reference, pseudonym, personId == null, identifiedOn, region,
                    status, forms, sex, AgeGroup.of(age), child, foreign, citizenship, registeredBy);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
        Array array = rs.getArray("forms");
        if (array != null) {
            Arrays.stream((String[]) array.getArray()).map(ExploitationForm::valueOf).forEach(forms::add);
        }
        long person = rs.getLong("person_id");
        Long personId = rs.wasNull() ? null : person;
        int age = rs.getInt("age_at_identification");
        Integer ageAtIdentification = rs.wasNull() ? null : age;
        String region = rs.getString("region_code");
        return new Row(rs.getLong("id"), rs.getString("reference"), personId,
                rs.getObject("identified_on", LocalDate.class), region == null ? null : new RegionCode(region),
                TraffickingStatus.valueOf(rs.getString("status")), forms, Sex.valueOf(rs.getString("sex")),
                ageAtIdentification, rs.getBoolean("child"), rs.getBoolean("foreign_victim"),
                VictimViews.Citizenship.valueOf(rs.getString("citizenship")), rs.getLong(
                        "registered_by_organisation_id"));
    }
}
