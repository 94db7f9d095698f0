package kz.qorgau.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.system.DeploymentMode;
import kz.qorgau.system.PrivateFiles;
import kz.qorgau.system.SystemActor;
import kz.qorgau.system.SystemSettings;
import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.Role;
import kz.qorgau.identity.UserProfile;
import kz.qorgau.identity.UserSummary;
import java.util.stream.Collectors;

/**
 * Demo mode: one user per role of DESIGN.md §1, named after the role, all with the demo password
 * (QORGAU_DEMO_PASSWORD, or one generated once into the data directory). Prints the logins at start-up.
 * Existing users are left as they are, so a restart keeps what was changed.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
class DemoAccounts implements DemoData {

    private record Demo(String username, String fullName, Set<Role> roles, String organisation, String region) {
    }

    static final List<Demo> DEMO = List.of(
            new Demo("admin", "Демо Администратор", Set.of(Role.ADMIN), DemoOrganisations.OPERATOR, null),
            new Demo("investigator", "Демо Следователь", Set.of(Role.INVESTIGATOR), DemoOrganisations.POLICE_ALMATY,
                    "KZ-75"),
            new Demo("supervisor", "Демо Руководитель", Set.of(Role.SUPERVISOR), DemoOrganisations.POLICE_NATIONAL,
                    null),
            new Demo("prosecutor", "Демо Прокурор", Set.of(Role.PROSECUTOR), DemoOrganisations.PROSECUTOR_ALMATY,
                    "KZ-75"),
            new Demo("court", "Демо Секретарь суда", Set.of(Role.COURT_CLERK), DemoOrganisations.COURT_ALMATY, "KZ-75"),
            new Demo("inspector", "Демо Инспектор труда", Set.of(Role.LABOUR_INSPECTOR),
                    DemoOrganisations.LABOUR_ALMATY_REGION, "KZ-19"),
            new Demo("migration", "Демо Сотрудник миграционной службы", Set.of(Role.MIGRATION_OFFICER),
                    DemoOrganisations.MIGRATION_ASTANA, "KZ-71"),
            new Demo("consul", "Демо Консул", Set.of(Role.CONSULAR_OFFICER), DemoOrganisations.CONSULATE, null),
            new Demo("caseworker", "Демо Социальный работник", Set.of(Role.CASE_WORKER, Role.RECORD_IMPORT,
                    Role.CROSS_BORDER_REFERRALS),
                    DemoOrganisations.SHELTER_ALMATY,
                    "KZ-75"),
            new Demo("hotline", "Демо Оператор горячей линии", Set.of(Role.HOTLINE_OPERATOR), DemoOrganisations.HOTLINE,
                    null),
            new Demo("social", "Демо Специалист социальных услуг", Set.of(Role.SOCIAL_SERVICES),
                    DemoOrganisations.MINISTRY_SOCIAL, null),
            new Demo("analyst", "Демо Аналитик", Set.of(Role.ANALYST, Role.RECORD_EXPORT),
                    DemoOrganisations.WORKING_GROUP, null),
            new Demo("auditor", "Демо Аудитор", Set.of(Role.AUDITOR), DemoOrganisations.OMBUDSMAN, null));

    /** The demo users' names ({@code qorgau.demo.second-factor-exempt=*} exempts these, and no one else). */
    static final Set<String> USERNAMES = DEMO.stream().map(Demo::username).collect(Collectors.toUnmodifiableSet());

    private final Accounts accounts;
    private final OrganisationRegistry organisations;
    private final SystemSettings settings;
    private final Environment environment;

    DemoAccounts(Accounts accounts, OrganisationRegistry organisations, SystemSettings settings,
            Environment environment) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.settings = settings;
        this.environment = environment;
    }

    @Override
    public Class<?> module() {
        return Accounts.class;
    }

    @Override
    public void enter() {
        boolean fromEnvironment = settings.demo().password() != null && !settings.demo().password().isBlank();
        String password = fromEnvironment ? settings.demo().password() : storedPassword();
        List<String> created = new ArrayList<>();
        SystemActor.run(() -> {
            for (Demo demo : DEMO) {
                if (accounts.principal(demo.username()).isPresent()) {
                    continue;
                }
                long organisation = organisations.findByName(demo.organisation()).orElseThrow().id();
                accounts.createWithPassword(demo.username(), new UserProfile(demo.fullName(), null, organisation,
                        demo.roles(), demo.region() == null,
                        demo.region() == null ? Set.of() : Set.of(new RegionCode(demo.region()))), password);
                created.add(demo.username());
            }
            if (accounts.principal(DemoDataEntry.USERNAME).isEmpty()) {
                // the account under which demo records are entered; it can never sign in
                long operator = organisations.findByName(DemoOrganisations.OPERATOR).orElseThrow().id();
                // a supervisor's role in the operator's organisation, which is no police unit: the override says why
                UserSummary system = accounts.createWithPassword(DemoDataEntry.USERNAME, new UserProfile(
                        "Qorgau (демо-данные)", null, operator, Set.of(Role.SUPERVISOR), true, Set.of()),
                        Accounts.randomPassword() + Accounts.randomPassword(),
                        "Demo mode: the disabled account under which the synthetic demo records are entered");
                accounts.disable(system.id());
            }
        });
        print(password, fromEnvironment, created);
    }

    /** The generated demo password, kept in the data directory (owner-readable only) across restarts. */
    private String storedPassword() {
        Path file = settings.dataDir().resolve("demo-password.txt");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            String password = Accounts.randomPassword();
            PrivateFiles.writeNew(file, password + System.lineSeparator());
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The demo logins, on standard output rather than the log: demo mode exists to be tried, and the
     * password is only ever printed in demo mode.
     */
    private void print(String password, boolean fromEnvironment, List<String> created) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder banner = new StringBuilder();
        banner.append(System.lineSeparator())
                .append("==================================================================").append(System
                        .lineSeparator())
                .append(" Qorgau demo mode: http://localhost:").append(port).append(System.lineSeparator())
                .append(" Demo users: ")
                .append(String.join(", ", DEMO.stream().map(Demo::username).toList())).append(System.lineSeparator())
                .append(" Password:   ")
                .append(fromEnvironment ? "(the value of QORGAU_DEMO_PASSWORD)" : password);
        if (!fromEnvironment) {
            banner.append("   (kept in ").append(settings.dataDir().resolve("demo-password.txt").toAbsolutePath()
                    .normalize())
                    .append(")");
        }
        banner.append(System.lineSeparator());
        if (created.isEmpty()) {
            banner.append(" (existing demo users keep the password they had)").append(System.lineSeparator());
        }
        List<String> exempt = settings.demo().secondFactorExempt();
        banner.append(" Second factor: users who see personal data, and the administrator, set up an authenticator")
                .append(System.lineSeparator())
                .append("   app (TOTP: FreeOTP, Aegis, Google or Microsoft Authenticator; or `oathtool --totp -b KEY`)")
                .append(System.lineSeparator())
                .append("   at their first login, scanning the QR code shown.")
                .append(exempt.isEmpty() ? " To skip it in this demo: --qorgau.demo.second-factor-exempt=*"
                        : " Exempted here: " + String.join(", ", exempt))
                .append(System.lineSeparator());
        banner.append("==================================================================").append(System
                .lineSeparator());
        System.out.print(banner);
    }
}
