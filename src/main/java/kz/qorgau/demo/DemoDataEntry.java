package kz.qorgau.demo;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.annotation.Conditional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.system.DeploymentMode;
import kz.qorgau.system.SystemActor;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.identity.Accounts;

/**
 * Demo mode only (the bean does not exist in production): lets modules seed their synthetic records
 * through their own application services, as the system acting with the roles of the agencies that would
 * enter them, nationally. Audit entries show actor {@code system}.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
public class DemoDataEntry {

    /** The system enters the records of the police, prosecutors and courts with their roles... */
    private static final Set<Role> JUSTICE = EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR, Role.PROSECUTOR,
            Role.COURT_CLERK);
    /** ...and those of everyone else with the roles of the first responders and case workers. */
    private static final Set<Role> ASSISTANCE = EnumSet.of(Role.LABOUR_INSPECTOR, Role.MIGRATION_OFFICER,
            Role.CONSULAR_OFFICER, Role.CASE_WORKER, Role.HOTLINE_OPERATOR);
    private static final Set<OrganisationType> JUSTICE_AGENCIES = EnumSet.of(OrganisationType.POLICE_UNIT,
            OrganisationType.LAW_ENFORCEMENT, OrganisationType.PROSECUTOR_OFFICE, OrganisationType.COURT);

    static final String USERNAME = SystemActor.NAME;

    private final OrganisationRegistry organisations;
    private final Accounts accounts;

    DemoDataEntry(OrganisationRegistry organisations, Accounts accounts) {
        this.organisations = organisations;
        this.accounts = accounts;
    }

    /** Runs the work with the system as the signed-in user, on behalf of the given organisation. */
    public <T> T as(String organisationName, Function<QorgauUser, T> work) {
        OrganisationSummary organisation = organisations.findByName(organisationName)
                .orElseGet(() -> organisations.findByName(DemoOrganisations.OPERATOR).orElseThrow());
        Set<Role> roles = JUSTICE_AGENCIES.contains(organisation.type()) ? JUSTICE : ASSISTANCE;
        // the disabled account "system" that demo mode creates (DemoAccounts): records refer to a real user
        long id = accounts.principal(USERNAME).orElseThrow().id();
        QorgauUser system = QorgauUser.systemActingFor(id, organisation.id(), roles);
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
