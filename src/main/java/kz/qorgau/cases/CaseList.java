package kz.qorgau.cases;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * The case list, read by SQL: the filtered list and the drill-down from a statistic, within the user's scope as
 * one SQL predicate ({@link CaseScope#sql}); and, for the victims module's list, the victims of the cases in scope
 * as a subquery of the same predicate.
 */
@Service
public class CaseList {

    /**
     * How far the case list counts its matches (at least to the end of the page asked for). A region
     * holds a couple of hundred thousand cases at national scale; counting them all on every page view
     * cost more than the page itself (docs/benchmarks.md), so beyond this the list says "more than".
     */
    static final int COUNT_LIMIT = 10_000;

    private final JdbcClient jdbc;

    CaseList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Requires(Permission.CASES)
    @Transactional(readOnly = true)
    public PageResponse<CaseViews.CaseListItem> search(CaseCommands.Search search, Pageable pageable) {
        return search(search, pageable, COUNT_LIMIT);
    }

    PageResponse<CaseViews.CaseListItem> search(CaseCommands.Search search, Pageable pageable, int countLimit) {
        QorgauUser user = QorgauUser.required();
        if (!CaseScope.mayUseCases(user)) {
            throw new AccessDeniedException("cases");
        }
        Map<String, Object> params = new HashMap<>();
        StringJoiner where = new StringJoiner(" and ", " where ", "");
        where.add(CaseScope.sql(user, params));
        if (hasText(search.erdr())) {
            where.add("c.erdr_number like :erdr");
            params.put("erdr", search.erdr().replaceAll("\\D", "") + "%");
        }
        if (hasText(search.region())) {
            where.add("c.region_code = :region");
            params.put("region", search.region());
        }
        if (search.year() != null) {
            where.add("c.registered_on >= :yearStart and c.registered_on < :yearEnd");
            params.put("yearStart", LocalDate.of(search.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(search.year() + 1, 1, 1));
        }
        if (search.status() != null) {
            where.add("c.status = :status");
            params.put("status", search.status().name());
        }
        if (hasText(search.article())) {
            where.add("exists (select 1 from cases_charge ch where ch.case_id = c.id and ch.article_code = :article)");
            params.put("article", search.article());
        }
        if (search.form() != null) {
            where.add("exists (select 1 from cases_case_form f where f.case_id = c.id and f.form = :form)");
            params.put("form", search.form().name());
        }
        if (search.flag() != null) {
            where.add("c." + flagColumn(search.flag()));
        }
        if (search.unit() != null) {
            where.add("c.unit_id = :unit");
            params.put("unit", search.unit());
        }
        if (search.registeredBefore() != null) {
            where.add("c.registered_on < :registeredBefore");
            params.put("registeredBefore", search.registeredBefore());
        }
        return page(where.toString(), params, search.sort(), pageable, countLimit);
    }

    /**
     * The cases among {@code ids} that the user may see, as a page of the case list (the drill-down from a
     * statistic to the records behind it); ids outside the user's scope are left out without a trace.
     */
    @Requires(Permission.CASES)
    @Transactional(readOnly = true)
    public PageResponse<CaseViews.CaseListItem> among(Collection<Long> ids, String sort, Pageable pageable) {
        QorgauUser user = QorgauUser.required();
        if (!CaseScope.mayUseCases(user)) {
            throw new AccessDeniedException("cases");
        }
        Map<String, Object> params = new HashMap<>();
        String where = " where " + CaseScope.sql(user, params) + " and c.id = any(:ids)";
        params.put("ids", ids.toArray(Long[]::new));
        return page(where, params, sort, pageable, ids.size());
    }

    private PageResponse<CaseViews.CaseListItem> page(String where, Map<String, Object> params, String sort,
            Pageable pageable, long countLimit) {
        long counted = Math.max(countLimit, pageable.getOffset() + pageable.getPageSize());
        long found = jdbc.sql("select count(*) from (select 1 from cases_case c" + where
                + " limit :countLimit) matches")
                .params(params).param("countLimit", counted + 1).query(Long.class).single();
        List<CaseViews.CaseListItem> items = jdbc.sql("""
                select c.id, c.erdr_number, c.registered_on, c.region_code, c.unit_id, c.court_id, c.status,
                       array(select ch.article_code || coalesce('(' || ch.part || ')', '') from cases_charge ch
                             where ch.case_id = c.id order by ch.article_code) as articles,
                       array(select f.form from cases_case_form f where f.case_id = c.id order by f.form) as forms,
                       (select count(*) from cases_defendant d where d.case_id = c.id) as defendants
                from cases_case c""" + where + " order by " + order(sort) + " limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(CaseList::listItem)
                .list();
        return PageResponse.counted(items, pageable, Math.min(found, counted), found <= counted);
    }

    /**
     * The victim records linked to cases within the user's scope (police see those victims, DESIGN.md §1), as an
     * SQL query of their ids for the victims module's list predicate, its parameters added to {@code params}; none
     * (null) for a user who sees no cases. About the user the rule asks for, hence the parameter.
     */
    public String victimsInScopeQuery(QorgauUser user, Map<String, Object> params) {
        if (!CaseScope.mayUseCases(user)) {
            return null;
        }
        return "select l.victim_id from cases_victim_link l join cases_case c on c.id = l.case_id where "
                + CaseScope.sql(user, params);
    }

    private static CaseViews.CaseListItem listItem(ResultSet rs, int row) throws SQLException {
        Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
        for (String form : strings(rs.getArray("forms"))) {
            forms.add(ExploitationForm.valueOf(form));
        }
        long court = rs.getLong("court_id");
        return new CaseViews.CaseListItem(rs.getLong("id"), rs.getString("erdr_number"),
                rs.getObject("registered_on", LocalDate.class), new RegionCode(rs.getString("region_code")),
                rs.getLong("unit_id"), rs.wasNull() ? null : court, CaseStatus.valueOf(rs.getString("status")),
                strings(rs.getArray("articles")), forms, rs.getInt("defendants"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String order(String sort) {
        return switch (sort == null ? "" : sort) {
            case "registered" -> "c.registered_on asc, c.id asc";
            case "erdr" -> "c.erdr_number asc";
            case "-erdr" -> "c.erdr_number desc";
            case "region" -> "c.region_code asc, c.registered_on desc, c.id desc";
            case "status" -> "c.status asc, c.registered_on desc, c.id desc";
            default -> "c.registered_on desc, c.id desc";
        };
    }

    static String flagColumn(CaseFlag flag) {
        return switch (flag) {
            case FORCED_LABOUR_REMOTE_AREA -> "forced_labour_remote_area";
            case FOREIGN_VICTIMS -> "foreign_victims";
            case TRANSNATIONAL -> "transnational";
            case OFFICIAL_COMPLICITY -> "official_complicity";
            case ONLINE_RECRUITMENT -> "online_recruitment";
        };
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
