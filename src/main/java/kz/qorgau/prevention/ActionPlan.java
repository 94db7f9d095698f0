package kz.qorgau.prevention;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Today;

/**
 * The National Action Plan's records: plans, their items, and the items' progress reports, one per item and year
 * within the plan's years, each after the last one reported and none after the item was done or dropped (the rules of
 * {@link PlanStatus}). Every change is audited against the plan. Read them with {@link ActionPlans}.
 */
@Service
public class ActionPlan {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    ActionPlan(JdbcClient jdbc, AuditTrail audit, Clock clock, Today today) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /** Adopts a plan of its years (one plan per span of years); answers its id. */
    @Requires(Permission.PREVENTION)
    @Transactional
    public long adopt(PlanCommands.Plan plan) {
        QorgauUser user = QorgauUser.required();
        InvalidFieldException.refuseFirst(plan.errors());
        long id;
        try {
            id = jdbc.sql("insert into prevention_plan (title_ru, title_kk, title_en, first_year, last_year,"
                    + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?) returning id").params(plan.titleRu()
                            .strip(), Errors.strip(plan.titleKk()), Errors.strip(plan.titleEn()), plan.firstYear(), plan
                                    .lastYear(), user.getUsername(), now()).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new InvalidFieldException("firstYear", "plan.error.exists");
        }
        audit.record(AuditEvent.of("PLAN_ADOPTED", "action-plan", id).with("firstYear", plan.firstYear()).with(
                "lastYear", plan.lastYear()));
        return id;
    }

    /** Adds an item to the plan, its number new in the plan and its deadline within the plan's years; answers its id. */
    @Requires(Permission.PREVENTION)
    @Transactional
    public long add(long planId, PlanCommands.Item item) {
        QorgauUser user = QorgauUser.required();
        InvalidFieldException.refuseFirst(item.errors());
        record Years(int first, int last) {
        }
        Years years = jdbc.sql("select first_year, last_year from prevention_plan where id = ?").param(planId).query((
                rs, n) -> new Years(rs.getInt("first_year"), rs.getInt("last_year"))).optional().orElseThrow(
                        () -> new NotFoundException("plan.error.not-found"));
        if (item.deadline().getYear() < years.first() || item.deadline().getYear() > years.last()) {
            throw new InvalidFieldException("deadline", "plan.error.deadline", years.first(), years.last());
        }
        long id;
        try {
            id = jdbc.sql("insert into prevention_plan_item (plan_id, number, text_ru, text_kk, text_en, responsible,"
                    + " co_responsible, deadline, indicator, target, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?) returning id").params(planId, item.number().strip(), item.textRu().strip(),
                            item.textKk().strip(), item.textEn().strip(), item.responsible().strip(), Errors.strip(item
                                    .coResponsible()), Date.valueOf(item.deadline()), item.indicator().strip(), item
                                            .target().strip(), user.getUsername(), now()).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw new InvalidFieldException("number", "plan.error.number");
        }
        audit.record(AuditEvent.of("PLAN_ITEM_ADDED", "action-plan", planId).with("item", id).with("number", item
                .number().strip()));
        return id;
    }

    /**
     * Reports on an item for a year of the plan that has begun, after the last year reported on, while the item is
     * neither done nor dropped; answers the report's id.
     */
    @Requires(Permission.PREVENTION)
    @Transactional
    public long report(long planId, PlanCommands.Report report) {
        QorgauUser user = QorgauUser.required();
        InvalidFieldException.refuseFirst(report.errors(today.date()));
        record Item(int first, int last, Integer lastPeriod, String lastState) {
        }
        Item item = jdbc.sql("select p.first_year, p.last_year, r.period, r.state from prevention_plan_item i join"
                + " prevention_plan p on p.id = i.plan_id left join lateral (select period, state from"
                + " prevention_plan_report where item_id = i.id order by period desc limit 1) r on true where i.id = ?"
                + " and i.plan_id = ? for update of i").params(report.item(), planId).query((rs, n) -> new Item(rs
                        .getInt("first_year"), rs.getInt("last_year"), (Integer) rs.getObject("period"), rs.getString(
                                "state"))).optional().orElseThrow(() -> new InvalidFieldException("item",
                                        "plan.error.no-item"));
        if (item.lastState() != null && PlanStatus.valueOf(item.lastState()).closed()) {
            throw new InvalidFieldException("item", "plan.error.closed");
        }
        if (report.period() < item.first() || report.period() > item.last()) {
            throw new InvalidFieldException("period", "plan.error.period", item.first(), item.last());
        }
        if (item.lastPeriod() != null && report.period() <= item.lastPeriod()) {
            throw new InvalidFieldException("period", "plan.error.reported", item.lastPeriod());
        }
        long id = jdbc.sql("insert into prevention_plan_report (item_id, period, state, progress, evidence, reason,"
                + " reported_on, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id").params(
                        report.item(), report.period(), report.state().name(), report.progress().strip(), Errors.strip(
                                report.evidence()), Errors.strip(report.reason()), Date.valueOf(today.date()), user
                                        .getUsername(), now()).query(Long.class).single();
        audit.record(AuditEvent.of("PLAN_PROGRESS_REPORTED", "action-plan", planId).with("item", report.item()).with(
                "period", report.period()).with("state", report.state()));
        return id;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
