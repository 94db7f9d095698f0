package kz.qorgau.prevention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Today;

/**
 * The National Action Plan as read: the plans with their items' counts by status, and a plan's page: its items with
 * their status as of today ({@link PlanStatus}) and reports, and its dashboard, the counts by status of each
 * responsible body's items.
 */
@Service
public class ActionPlans {

    /** A plan with its items' counts by status (every status present, zero or more). */
    public record Plan(long id, String title, int firstYear, int lastYear, Map<PlanStatus, Integer> byStatus) {

        public int items() {
            return byStatus.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A progress report. */
    public record Report(int period, PlanStatus state, String progress, String evidence, String reason,
            LocalDate reportedOn) {
    }

    /** An item with its text in the reader's language, its reports (latest first) and its status today. */
    public record Item(long id, String number, String text, String responsible, String coResponsible,
            LocalDate deadline, String indicator, String target, List<Report> reports, PlanStatus status) {
    }

    /** A plan's page: the plan, its items in their numbers' order, and the counts by status per responsible body. */
    public record Page(Plan plan, List<Item> items, Map<String, Map<PlanStatus, Integer>> byBody) {

        public List<Item> open() {
            return items.stream().filter(item -> !item.status().closed()).toList();
        }
    }

    private final JdbcClient jdbc;
    private final Today today;

    ActionPlans(JdbcClient jdbc, Today today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    /** Every plan, the latest first. */
    @Requires(Permission.PREVENTION)
    @Transactional(readOnly = true)
    public List<Plan> all(Locale locale) {
        List<Plan> plans = new ArrayList<>();
        for (long id : jdbc.sql("select id from prevention_plan order by first_year desc").query(Long.class).list()) {
            plans.add(page(id, locale).plan());
        }
        return plans;
    }

    /** A plan's page; not found when there is no such plan. */
    @Requires(Permission.PREVENTION)
    @Transactional(readOnly = true)
    public Page page(long id, Locale locale) {
        LocalDate day = today.date();
        record Header(String title, int first, int last) {
        }
        Header header = jdbc.sql("select title_ru, title_kk, title_en, first_year, last_year from prevention_plan where"
                + " id = ?").param(id).query((rs, n) -> new Header(Translated.in(locale, rs.getString("title_ru"), rs
                        .getString(
                                "title_kk"), rs.getString("title_en")), rs.getInt("first_year"), rs.getInt(
                                        "last_year"))).optional().orElseThrow(() -> new NotFoundException(
                                                "plan.error.not-found"));
        Map<Long, List<Report>> reports = new LinkedHashMap<>();
        jdbc.sql("select r.item_id, r.period, r.state, r.progress, r.evidence, r.reason, r.reported_on from"
                + " prevention_plan_report r join prevention_plan_item i on i.id = r.item_id where i.plan_id = ? order"
                + " by r.period desc").param(id).query(rs -> {
                    reports.computeIfAbsent(rs.getLong("item_id"), k -> new ArrayList<>()).add(new Report(rs.getInt(
                            "period"), PlanStatus.valueOf(rs.getString("state")), rs.getString("progress"), rs
                                    .getString("evidence"), rs.getString("reason"), rs.getObject("reported_on",
                                            LocalDate.class)));
                });
        List<Item> items = jdbc.sql("select * from prevention_plan_item where plan_id = ? order by string_to_array("
                + "regexp_replace(number, '[^0-9.]', '', 'g'), '.')::int[] nulls last, number").param(id).query((rs,
                        n) -> {
                    List<Report> of = reports.getOrDefault(rs.getLong("id"), List.of());
                    LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                    return new Item(rs.getLong("id"), rs.getString("number"), Translated.in(locale, rs.getString(
                            "text_ru"), rs
                                    .getString("text_kk"), rs.getString("text_en")), rs.getString("responsible"), rs
                                            .getString("co_responsible"), deadline, rs.getString("indicator"), rs
                                                    .getString(
                                                            "target"), of, PlanStatus.of(deadline, of.isEmpty() ? null
                                                                    : of.getFirst().state(), day));
                }).list();
        Map<PlanStatus, Integer> byStatus = counts();
        Map<String, Map<PlanStatus, Integer>> byBody = new TreeMap<>();
        for (Item item : items) {
            byStatus.merge(item.status(), 1, Integer::sum);
            byBody.computeIfAbsent(item.responsible(), k -> counts()).merge(item.status(), 1, Integer::sum);
        }
        return new Page(new Plan(id, header.title(), header.first(), header.last(), byStatus), items, byBody);
    }

    private static Map<PlanStatus, Integer> counts() {
        Map<PlanStatus, Integer> counts = new EnumMap<>(PlanStatus.class);
        for (PlanStatus status : PlanStatus.values()) {
            counts.put(status, 0);
        }
        return counts;
    }

}
