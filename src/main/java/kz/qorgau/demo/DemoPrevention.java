package kz.qorgau.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.ActingAs;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.Region;
import kz.qorgau.organisations.Regions;
import kz.qorgau.prevention.DataElement;
import kz.qorgau.prevention.FigureCommands;
import kz.qorgau.prevention.YearlyFigures;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.system.DeploymentMode;

/**
 * The yearly figures of the demo: the police's anti-trafficking officers, 44 in 2021 and 110 in 2022 (the new unit
 * of July 2022), as the seed report states, entered by the demo police supervisor and approved by the demo analyst;
 * made-up counts for the years after; a made-up population of 2021 and 2022 by region, sex and age; and the
 * coordination bodies, trainings and action plans of {@link DemoCoordination}.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
class DemoPrevention implements DemoData {

    static final Map<Integer, Long> OFFICERS = Map.of(2021, 44L, 2022, 110L, 2023, 112L, 2024, 118L, 2025, 121L);

    private final YearlyFigures figures;
    private final Regions regions;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final DemoCoordination coordination;

    DemoPrevention(YearlyFigures figures, Regions regions, Accounts accounts, JdbcClient jdbc,
            DemoCoordination coordination) {
        this.coordination = coordination;
        this.figures = figures;
        this.regions = regions;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    public Class<?> module() {
        return YearlyFigures.class;
    }

    @Override
    public void enter() {
        if (accounts.principal("supervisor").isEmpty() || accounts.principal("analyst").isEmpty()) {
            return;
        }
        QorgauUser supervisor = accounts.principal("supervisor").orElseThrow();
        QorgauUser analyst = accounts.principal("analyst").orElseThrow();
        if (none(DataElement.POPULATION)) {
            population(supervisor, analyst);
        }
        if (none(DataElement.POLICE_OFFICERS)) {
            OFFICERS.keySet().stream().sorted().forEach(year -> {
                long id = ActingAs.call(supervisor, () -> figures.enter(new FigureCommands.Entry(
                        DataElement.POLICE_OFFICERS, year, null, null, null, OFFICERS.get(year),
                        "Справка МВД о штатной численности подразделений по противодействию торговле людьми за "
                                + year + " год (демо)", null)));
                ActingAs.call(analyst, () -> {
                    figures.approve(id);
                    return null;
                });
            });
        }
        coordination.enter(analyst);
    }

    private boolean none(DataElement element) {
        return jdbc.sql("select count(*) from prevention_figure where element = ?").param(element.name()).query(
                Long.class).single() == 0;
    }

    /**
     * Made-up population figures of 2021 and 2022 (about 19 million, a region's share, half women, a third children),
     * entered by the analyst and approved by the supervisor: the denominators of SDG 16.2.2 in the demo. Not the
     * Bureau of National Statistics' figures.
     */
    private void population(QorgauUser supervisor, QorgauUser analyst) {
        for (int year : new int[]{ 2021, 2022 }) {
            Random random = new Random(year);
            long total = 18_900_000L + (year - 2021) * 250_000L;
            List<Region> regions = this.regions.validOn(LocalDate.of(year, 1, 1), Locale.ROOT);
            int[] weights = regions.stream().mapToInt(region -> 5 + random.nextInt(20)).toArray();
            int sum = Arrays.stream(weights).sum();
            for (int i = 0; i < regions.size(); i++) {
                long people = total * weights[i] / sum;
                long children = people * 32 / 100;
                long[] cells = { (people - children) * 52 / 100, children * 49 / 100,
                        (people - children) - (people - children) * 52 / 100, children - children * 49 / 100 };
                String[][] sexAge = { { "FEMALE", "ADULT" }, { "FEMALE", "CHILD" }, { "MALE", "ADULT" },
                        { "MALE", "CHILD" } };
                for (int cell = 0; cell < cells.length; cell++) {
                    RegionCode code = regions.get(i).code();
                    String sex = sexAge[cell][0];
                    String age = sexAge[cell][1];
                    long value = cells[cell];
                    int of = year;
                    long id = ActingAs.call(analyst, () -> figures.enter(new FigureCommands.Entry(
                            DataElement.POPULATION, of, code, sex, age, value,
                            "Условная численность населения на начало " + of + " года (демо)", null)));
                    ActingAs.call(supervisor, () -> {
                        figures.approve(id);
                        return null;
                    });
                }
            }
        }
    }
}
