package kz.qorgau.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.annotation.Conditional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import kz.qorgau.organisations.DemoOrganisations;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.system.DeploymentMode;
import kz.qorgau.system.SystemActor;

/**
 * Demo mode only (the bean does not exist in production): lets modules seed their synthetic records
 * through their own application services, as the system acting with the roles of the agencies that would
 * enter them, nationally. Audit entries show actor {@code system}.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
public class DemoDataEntry {

    private static final Set<Role> ROLES = EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR, Role.PROSECUTOR,
            Role.COURT_CLERK, Role.LABOUR_INSPECTOR, Role.MIGRATION_OFFICER, Role.CONSULAR_OFFICER, Role.CASE_WORKER,
            Role.HOTLINE_OPERATOR);

    static final String USERNAME = SystemActor.NAME;

    private final OrganisationRegistry organisations;
    private final Users users;

    DemoDataEntry(OrganisationRegistry organisations, Users users) {
        this.organisations = organisations;
        this.users = users;
    }

    /** Runs the work with the system as the signed-in user, on behalf of the given organisation. */
    public <T> T as(String organisationName, Function<QorgauUser, T> work) {
        long organisation = organisations.findByName(organisationName)
                .orElseGet(() -> organisations.findByName(DemoOrganisations.OPERATOR).orElseThrow()).id();
        // the disabled account "system" that demo mode creates (DemoAccounts): records refer to a real user
        long id = users.findByUsername(USERNAME).orElseThrow().id();
        QorgauUser system = new QorgauUser(id, USERNAME, null, SystemActor.NAME, organisation, ROLES, true, Set.of(),
                true, true, false, "ru");
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null,
                system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.apply(system);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
