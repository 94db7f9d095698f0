package kz.qorgau;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.identity.UserProfile;
import kz.qorgau.organisations.OrganisationDetails;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.system.SystemActor;

/**
 * Builds the organisations and users a module test acts with, through the organisations' and the accounts'
 * application services as the system would at start-up: nothing is inserted behind their rules, and each call
 * makes new ones, so tests never share a user. A user's scope is their organisation's region, or national when
 * the organisation has none.
 */
public final class Staff {

    public static final String PASSWORD = "Staff-Password-2026";

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final OrganisationRegistry organisations;
    private final Accounts accounts;

    public Staff(OrganisationRegistry organisations, Accounts accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    /** A new organisation of the type, in the region (null: national). */
    public OrganisationSummary organisation(OrganisationType type, String region) {
        int serial = SERIAL.incrementAndGet();
        return SystemActor.call(() -> organisations.register(new OrganisationDetails(
                "Тестовая организация " + type + " " + serial, null, "Test organisation " + serial, type,
                region == null ? null : new RegionCode(region), null)));
    }

    /** A new user of the organisation with the roles. */
    public QorgauUser member(OrganisationSummary organisation, Role... roles) {
        String username = roles[0].name().toLowerCase(Locale.ROOT).replace('_', '-') + "-"
                + SERIAL.incrementAndGet();
        Set<RegionCode> regions = organisation.region() == null ? Set.of() : Set.of(organisation.region());
        SystemActor.run(() -> accounts.createWithPassword(username, new UserProfile("Тестовый пользователь " + username,
                null, organisation.id(), Set.of(roles), organisation.region() == null, regions), PASSWORD));
        return accounts.principal(username).orElseThrow();
    }

    /** A new user with the roles, in a new organisation of the type and region. */
    public QorgauUser user(OrganisationType type, String region, Role... roles) {
        return member(organisation(type, region), roles);
    }

    public QorgauUser investigator(String region) {
        return user(OrganisationType.POLICE_UNIT, region, Role.INVESTIGATOR);
    }

    public QorgauUser prosecutor(String region) {
        return user(OrganisationType.PROSECUTOR_OFFICE, region, Role.PROSECUTOR);
    }

    public QorgauUser caseWorker(String region) {
        return user(OrganisationType.SHELTER, region, Role.CASE_WORKER);
    }
}
