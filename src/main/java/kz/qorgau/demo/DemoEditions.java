package kz.qorgau.demo;

import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.ActingAs;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.statistics.Editions;
import kz.qorgau.system.DeploymentMode;

/**
 * The demo's published edition: the demo analyst publishes the report of 2022 once the other modules' demo records are
 * in, so that the public statistics page has an edition to read and a late record makes a revision.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
class DemoEditions implements DemoData {

    static final int[] YEARS = { 2022 };

    private final Editions editions;
    private final Accounts accounts;

    DemoEditions(Editions editions, Accounts accounts) {
        this.editions = editions;
        this.accounts = accounts;
    }

    @Override
    public Class<?> module() {
        return Editions.class;
    }

    @Override
    public void enter() {
        if (accounts.principal("analyst").isEmpty()) {
            return;
        }
        QorgauUser analyst = accounts.principal("analyst").orElseThrow();
        for (int year : YEARS) {
            if (editions.latest(year).isEmpty()) {
                ActingAs.call(analyst, () -> editions.publish(year, null));
            }
        }
    }
}
