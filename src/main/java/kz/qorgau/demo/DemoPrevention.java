package kz.qorgau.demo;

import java.util.Map;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.ActingAs;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.prevention.DataElement;
import kz.qorgau.prevention.FigureCommands;
import kz.qorgau.prevention.YearlyFigures;
import kz.qorgau.system.DeploymentMode;

/**
 * The yearly figures of the demo: the police's anti-trafficking officers, 44 in 2021 and 110 in 2022 (the new unit
 * of July 2022), as the seed report states, entered by the demo police supervisor and approved by the demo analyst;
 * made-up counts for the years after.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
class DemoPrevention implements DemoData {

    static final Map<Integer, Long> OFFICERS = Map.of(2021, 44L, 2022, 110L, 2023, 112L, 2024, 118L, 2025, 121L);

    private final YearlyFigures figures;
    private final Accounts accounts;
    private final JdbcClient jdbc;

    DemoPrevention(YearlyFigures figures, Accounts accounts, JdbcClient jdbc) {
        this.figures = figures;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    public Class<?> module() {
        return YearlyFigures.class;
    }

    @Override
    public void enter() {
        if (jdbc.sql("select count(*) from prevention_figure").query(Long.class).single() > 0
                || accounts.principal("supervisor").isEmpty() || accounts.principal("analyst").isEmpty()) {
            return;
        }
        QorgauUser supervisor = accounts.principal("supervisor").orElseThrow();
        QorgauUser analyst = accounts.principal("analyst").orElseThrow();
        OFFICERS.keySet().stream().sorted().forEach(year -> {
            long id = ActingAs.call(supervisor, () -> figures.enter(new FigureCommands.Entry(
                    DataElement.POLICE_OFFICERS, year, null, null, null, OFFICERS.get(year),
                    "Справка МВД о штатной численности подразделений по противодействию торговле людьми за " + year
                            + " год (демо)", null)));
            ActingAs.call(analyst, () -> {
                figures.approve(id);
                return null;
            });
        });
    }
}
