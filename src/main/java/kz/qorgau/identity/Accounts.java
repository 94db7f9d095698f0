package kz.qorgau.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.SqlLike;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import java.util.ArrayList;
import java.util.Locale;

/**
 * User accounts: administration (create, change, disable, reset), a user's own password and language,
 * and the bookkeeping of logins. Every change is audited in its own transaction.
 */
@Service
public class Accounts {

    /** The longest reason for an override of the roles' fit that is kept. */
    public static final int OVERRIDE_REASON_LENGTH = 2000;

    private final Users users;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final OrganisationRegistry organisations;
    private final Regions regions;
    private final LoginSettings loginSettings;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SessionEnding sessions;
    private final SecondFactor secondFactor;

    Accounts(Users users, PasswordEncoder passwords, AuditTrail audit, OrganisationRegistry organisations,
            Regions regions, LoginSettings loginSettings, JdbcClient jdbc, Clock clock, SessionEnding sessions,
            SecondFactor secondFactor) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.organisations = organisations;
        this.regions = regions;
        this.loginSettings = loginSettings;
        this.jdbc = jdbc;
        this.clock = clock;
        this.sessions = sessions;
        this.secondFactor = secondFactor;
    }

    // --- administration

    @Requires(Permission.ADMINISTER_USERS)
    @Transactional(readOnly = true)
    public Page<UserSummary> search(UserSearch search, Pageable pageable) {
        StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        Map<String, Object> params = new HashMap<>();
        if (search.text() != null && !search.text().isBlank()) {
            where.add("(u.username ilike :text or u.full_name ilike :text or u.email ilike :text)");
            params.put("text", SqlLike.containing(search.text()));
        }
        if (search.role() != null) {
            where.add("exists (select 1 from identity_user_role r where r.user_id = u.id and r.role = :role)");
            params.put("role", search.role().name());
        }
        if (search.organisationId() != null) {
            where.add("u.organisation_id = :organisation");
            params.put("organisation", search.organisationId());
        }
        if (search.enabled() != null) {
            where.add("u.enabled = :enabled");
            params.put("enabled", search.enabled());
        }
        long total = jdbc.sql("select count(*) from identity_user u" + where).params(params).query(Long.class).single();
        List<Long> ids = jdbc.sql("select u.id from identity_user u" + where
                + " order by u.username limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(Long.class).list();
        Instant now = clock.instant();
        Map<Long, UserSummary> byId = new HashMap<>();
        users.findAllById(ids).forEach(account -> byId.put(account.id(), account.summary(now)));
        return new PageImpl<>(ids.stream().map(byId::get).toList(), pageable, total);
    }

    @Requires(Permission.ADMINISTER_USERS)
    @Transactional(readOnly = true)
    public UserSummary get(long id) {
        return load(id).summary(clock.instant());
    }

    /** A random password that satisfies the password policy. */
    public static String randomPassword() {
        return PasswordPolicy.temporaryPassword();
    }

    /** Creates an account with a temporary password, returned once, that the user must change. */
    @Requires(Permission.ADMINISTER_USERS)
    @Transactional
    public IssuedPassword create(String username, UserProfile profile) {
        return create(username, profile, null);
    }

    /**
     * Creates an account with a temporary password, returned once, that the user must change. Roles that do not fit
     * the organisation's type ({@link Role#fits}) are granted only with {@code overrideReason}, which is kept and
     * audited; without it they are refused.
     */
    @Requires(Permission.ADMINISTER_USERS)
    @Transactional
    public IssuedPassword create(String username, UserProfile profile, String overrideReason) {
        String temporary = PasswordPolicy.temporaryPassword();
        UserAccount account = register(username, profile, temporary, true, true, overrideReason);
        return new IssuedPassword(account.summary(clock.instant()), temporary);
    }

    /**
     * Creates an account with a password the user keeps: demo users only, whose password is printed
     * and may be any value the operator chose (QORGAU_DEMO_PASSWORD), so the policy is not applied.
     */
    @Requires(Permission.ADMINISTER_USERS)
    @Transactional
    public UserSummary createWithPassword(String username, UserProfile profile, String password) {
        return createWithPassword(username, profile, password, null);
    }

    /** As {@link #createWithPassword(String, UserProfile, String)}, with an override of roles that do not fit. */
    @Requires(Permission.ADMINISTER_USERS)
    @Transactional
    public UserSummary createWithPassword(String username, UserProfile profile, String password,
            String overrideReason) {
        return register(username, profile, password, false, false, overrideReason).summary(clock.instant());
    }

    private UserAccount register(String username, UserProfile profile, String password, boolean temporary,
            boolean enforcePolicy, String overrideReason) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z][a-z0-9._-]{1,63}")) {
            throw new RuleViolationException("user.error.username-format");
        }
        if (users.existsByUsername(name)) {
            throw new RuleViolationException("user.error.username-taken");
        }
        check(profile);
        List<String> violations = enforcePolicy ? PasswordPolicy.violations(password, name) : List.of();
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations.getFirst());
        }
        Set<Role> overridden = overridesNeeded(null, Set.of(), profile, overrideReason);
        Set<Role> held = RoleApproval.heldBack(Set.of(), profile.roles());
        UserProfile granted = held.isEmpty() ? profile : profile.withRoles(RoleApproval.without(profile.roles(), held));
        UserAccount account = users.save(UserAccount.create(name, granted, passwords.encode(password), temporary,
                clock.instant()));
        audit.record(AuditEvent.of("USER_CREATED", "user", account.id())
                .with("username", name)
                .withDetails(account.describe()));
        override(account, profile.organisationId(), overridden, overrideReason);
        if (!held.isEmpty()) {
            request(account, profile.roles());
        }
        return account;
    }

    @Requires(Permission.ADMINISTER_USERS)
    @Transactional
    public UserSummary update(long id, UserProfile profile) {
        return update(id, profile, null);
    }

    /**
     * Changes a user's profile. Roles that do not fit the organisation's type ({@link Role#fits}) need
     * {@code overrideReason}, unless an earlier override already let that role through in that organisation.
     */
    @Requires(Permission.ADMINISTER_USERS)
    @Transactional
    public UserSummary update(long id, UserProfile profile, String overrideReason) {
        UserAccount account = load(id);
        check(profile);
        if (QorgauUser.current().map(QorgauUser::id).filter(current -> current == id).isPresent()
                && !account.roles().equals(profile.roles())) {
            throw new RuleViolationException("user.error.own-roles");
        }
        Set<Role> overridden = overridesNeeded(id, held(account, profile), profile, overrideReason);
        override(account, profile.organisationId(), overridden, overrideReason);
        Set<Role> held = RoleApproval.heldBack(account.roles(), profile.roles());
        UserProfile granted = held.isEmpty() ? profile
                : profile.withRoles(RoleApproval.without(profile.roles(), held));
        Map<String, String> changes = account.change(granted, clock.instant());
        if (!changes.isEmpty()) {
            users.save(account);
            audit.record(AuditEvent.of("USER_UPDATED", "user", id).with("username", account.username())
                    .withDetails(changes));
            if (changes.containsKey("roles") || changes.containsKey("scope") || changes.containsKey("organisationId")) {
                endSessions(account, "ACCESS_CHANGED");
            }
        }
        if (!held.isEmpty()) {
            request(account, profile.roles());
        }
        return account.summary(clock.instant());
    }

    /** The changes of roles waiting for a second administrator, oldest first. */
    @Requires(Permission.ADMINISTER_USERS)
    @Transactional(readOnly = true)
    public List<RoleRequest> roleRequests() {
        return jdbc.sql("""
                select r.id, r.user_id, u.username, r.roles, b.username as requested_by, r.requested_at
                from identity_role_request r join identity_user u on u.id = r.user_id
                join identity_user b on b.id = r.requested_by_user_id
                where r.decided_at is null order by r.requested_at, r.id""")
                .query((rs, n) -> new RoleRequest(rs.getLong("id"), rs.getLong("user_id"), rs.getString("username"),
                        RoleApproval.parse(rs.getString("roles")), rs.getString("requested_by"),
                        rs.getTimestamp("requested_at").toInstant()))
                .list();
    }

    /**
     * A second administrator grants the roles asked for: never the one who asked, nor the user concerned.
     * The user's sessions end, so that the new roles apply at the next sign-in.
     */
    @Requires(Permission.ADMINISTER_USERS)
    @Transactional
    public UserSummary approveRoles(long requestId) {
        RoleRequest request = pendingRequest(requestId);
        UserAccount account = load(request.userId());
        // the organisation may have changed since the request: its roles must still fit, or have their override
        UserProfile requested = account.profile().withRoles(request.roles());
        overridesNeeded(account.id(), held(account, requested), requested, null);
        Map<String, String> changes = account.change(account.profile().withRoles(request.roles()), clock.instant());
        users.save(account);
        decide(requestId, true);
        audit.record(AuditEvent.of("ROLE_CHANGE_APPROVED", "user", account.id()).with("username", account.username())
                .with("requestedBy", request.requestedBy()).withDetails(changes));
        endSessions(account, "ACCESS_CHANGED");
        return account.summary(clock.instant());
    }

    @Requires(Permission.ADMINISTER_USERS)
    @Transactional
    public void rejectRoles(long requestId) {
        RoleRequest request = pendingRequest(requestId);
        decide(requestId, false);
        audit.record(AuditEvent.of("ROLE_CHANGE_REJECTED", "user", request.userId()).with("username", request
                .username())
                .with("roles", request.roles().toString()).with("requestedBy", request.requestedBy()));
    }

    /** The overrides that let roles not fitting the organisation's type through for the user, newest first. */
    @Requires(Permission.ADMINISTER_USERS)
    @Transactional(readOnly = true)
    public List<RoleOverride> roleOverrides(long userId) {
        return jdbc.sql("""
                select role, organisation_id, reason, granted_by, granted_at from identity_role_override
                where user_id = ? order by granted_at desc, id desc""").param(userId)
                .query((rs, n) -> new RoleOverride(Role.valueOf(rs.getString("role")), rs.getLong("organisation_id"),
                        rs.getString("reason"), rs.getString("granted_by"), rs.getTimestamp("granted_at").toInstant()))
                .list();
    }

    /**
     * The roles that do not fit the type of the user's organisation and that no override lets through, for the
     * user's page: roles held from before the rule, which a change keeps as they are.
     */
    @Requires(Permission.ADMINISTER_USERS)
    @Transactional(readOnly = true)
    public Set<Role> rolesWithoutOverride(long userId) {
        UserAccount account = load(userId);
        Set<Role> misfits = Role.misfits(account.roles(), organisations.find(account.profile().organisationId())
                .orElseThrow(() -> new RuleViolationException("user.error.unknown-organisation")).type());
        roleOverrides(userId).stream().filter(found -> found.organisationId() == account.profile().organisationId())
                .map(RoleOverride::role).forEach(misfits::remove);
        return misfits;
    }

    /** The roles a change keeps from before: those the user holds, if they stay in their organisation. */
    private static Set<Role> held(UserAccount account, UserProfile changed) {
        return account.profile().organisationId() == changed.organisationId() ? account.roles() : Set.of();
    }

    /**
     * The roles of the profile that do not fit its organisation's type and have no override yet for the user in that
     * organisation. Those not held there before the change ({@code kept}) are refused without a reason
     * ({@code user.error.role-misfit}); with a reason, all of them are to be overridden (which also gives a role held
     * from before the rule its override).
     */
    private Set<Role> overridesNeeded(Long userId, Set<Role> kept, UserProfile profile, String overrideReason) {
        OrganisationType type = organisations.find(profile.organisationId())
                .orElseThrow(() -> new RuleViolationException("user.error.unknown-organisation")).type();
        Set<Role> misfits = Role.misfits(profile.roles(), type);
        if (userId != null) {
            roleOverrides(userId).stream().filter(found -> found.organisationId() == profile.organisationId())
                    .map(RoleOverride::role).forEach(misfits::remove);
        }
        boolean reasoned = overrideReason != null && !overrideReason.isBlank();
        if (!reasoned) {
            if (!kept.containsAll(misfits)) {
                throw new RuleViolationException("user.error.role-misfit");
            }
            return Set.of();
        }
        if (overrideReason.strip().length() > OVERRIDE_REASON_LENGTH) {
            throw new RuleViolationException("user.error.override-reason-too-long");
        }
        return misfits;
    }

    /** Keeps and audits the override of each role, with its reason (sealed in the audit trail, as free text is). */
    private void override(UserAccount account, long organisationId, Set<Role> roles, String reason) {
        String by = QorgauUser.current().map(QorgauUser::getUsername).orElse(account.username());
        for (Role role : roles) {
            jdbc.sql("insert into identity_role_override (user_id, role, organisation_id, reason, granted_by, "
                    + "granted_at) values (:user, :role, :organisation, :reason, :by, :now)")
                    .param("user", account.id()).param("role", role.name()).param("organisation", organisationId)
                    .param("reason", reason.strip()).param("by", by).param("now", Timestamp.from(clock.instant()))
                    .update();
            audit.record(AuditEvent.of("ROLE_OVERRIDE_GRANTED", "user", account.id())
                    .with("username", account.username()).with("role", role.name())
                    .with("organisationId", organisationId).sealed("reason", reason.strip()));
        }
    }

    /** Forgets the user's authenticator (a lost phone): they enrol again at their next sign-in. */
    @Requires(Permission.ADMINISTER_USERS)
    @Transactional
    public void resetSecondFactor(long id) {
        UserAccount account = load(id);
        secondFactor.reset(id);
        audit.record(AuditEvent.of("SECOND_FACTOR_RESET", "user", id).with("username", account.username()));
        endSessions(account, "SECOND_FACTOR_RESET");
    }

    private RoleRequest pendingRequest(long requestId) {
        RoleRequest request = roleRequests().stream().filter(found -> found.id() == requestId).findFirst()
                .orElseThrow(() -> new NotFoundException("user.error.role-request-not-found"));
        QorgauUser approver = QorgauUser.required();
        if (approver.getUsername().equals(request.requestedBy())) {
            throw new RuleViolationException("user.error.approve-own-request");
        }
        if (approver.id() == request.userId()) {
            throw new RuleViolationException("user.error.own-roles");
        }
        return request;
    }

    private void decide(long requestId, boolean approved) {
        jdbc.sql("update identity_role_request set decided_by_user_id = :by, decided_at = :now, approved = :approved "
                + "where id = :id and decided_at is null")
                .param("by", QorgauUser.required().id()).param("now", Timestamp.from(clock.instant()))
                .param("approved", approved).param("id", requestId).update();
    }

    /** Asks for a second administrator: replaces the user's pending request, if any. */
    private void request(UserAccount account, Set<Role> roles) {
        jdbc.sql("delete from identity_role_request where user_id = ? and decided_at is null").param(account.id())
                .update();
        long requester = QorgauUser.current().map(QorgauUser::id).orElseGet(() -> account.id());
        jdbc.sql("insert into identity_role_request (user_id, roles, requested_by_user_id, requested_at) "
                + "values (:user, :roles, :by, :now)")
                .param("user", account.id()).param("roles", RoleApproval.format(roles)).param("by", requester)
                .param("now", Timestamp.from(clock.instant())).update();
        audit.record(AuditEvent.of("ROLE_CHANGE_REQUESTED", "user", account.id()).with("username", account.username())
                .with("roles", roles.toString()));
    }

    private void endSessions(UserAccount account, String why) {
        int ended = sessions.endAll(account.username());
        audit.record(AuditEvent.of("SESSIONS_ENDED", "user", account.id()).with("username", account.username())
                .with("why", why).with("sessions", ended));
    }

    @Requires(Permission.ADMINISTER_USERS)
    @Transactional
    public void disable(long id) {
        UserAccount account = load(id);
        if (QorgauUser.current().map(QorgauUser::id).filter(current -> current == id).isPresent()) {
            throw new RuleViolationException("user.error.disable-self");
        }
        account.disable(clock.instant());
        users.save(account);
        audit.record(AuditEvent.of("USER_DISABLED", "user", id).with("username", account.username()));
        endSessions(account, "DISABLED");
    }

    @Requires(Permission.ADMINISTER_USERS)
    @Transactional
    public void enable(long id) {
        UserAccount account = load(id);
        account.enable(clock.instant());
        users.save(account);
        audit.record(AuditEvent.of("USER_ENABLED", "user", id).with("username", account.username()));
    }

    @Requires(Permission.ADMINISTER_USERS)
    @Transactional
    public void unlock(long id) {
        UserAccount account = load(id);
        account.unlock(clock.instant());
        users.save(account);
        audit.record(AuditEvent.of("USER_UNLOCKED", "user", id).with("username", account.username()));
    }

    /** Replaces the user's password with a temporary one, returned once, to be changed at next login. */
    @Requires(Permission.ADMINISTER_USERS)
    @Transactional
    public IssuedPassword resetPassword(long id) {
        UserAccount account = load(id);
        String temporary = PasswordPolicy.temporaryPassword();
        account.resetPassword(passwords.encode(temporary), clock.instant());
        users.save(account);
        audit.record(AuditEvent.of("PASSWORD_RESET", "user", id).with("username", account.username()));
        endSessions(account, "PASSWORD_RESET");
        return new IssuedPassword(account.summary(clock.instant()), temporary);
    }

    // --- the user's own account

    /**
     * Changes the current user's password after checking the current one and the policy.
     *
     * @return the violated rules as message keys; empty on success
     */
    @Requires(Permission.OWN_ACCOUNT)
    @Transactional
    public List<String> changeOwnPassword(String username, String currentPassword, String newPassword) {
        UserAccount account = users.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("user.error.not-found"));
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            return List.of("password.error.current-wrong");
        }
        List<String> violations = new ArrayList<>(PasswordPolicy.violations(newPassword, username));
        if (violations.isEmpty() && passwords.matches(newPassword, account.passwordHash())) {
            violations.add("password.error.same-as-current");
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        account.changePassword(passwords.encode(newPassword), clock.instant());
        users.save(account);
        audit.record(AuditEvent.of("PASSWORD_CHANGED", "user", account.id()).with("username", username));
        int ended = sessions.endOthers(username);
        audit.record(AuditEvent.of("SESSIONS_ENDED", "user", account.id()).with("username", username)
                .with("why", "PASSWORD_CHANGED").with("sessions", ended));
        return List.of();
    }

    /** Remembers the user's interface language. */
    @Transactional
    public void chooseLanguage(String username, String language) {
        users.findByUsername(username).ifPresent(account -> {
            account.chooseLocale(language);
            users.save(account);
        });
    }

    /** The principal of the user, freshly loaded (after a change of password or profile). */
    @Transactional(readOnly = true)
    public Optional<QorgauUser> principal(String username) {
        return users.findByUsername(username).map(account -> account.principal(clock.instant()));
    }

    @Transactional(readOnly = true)
    public boolean anyUserExists() {
        return users.count() > 0;
    }

    // --- login bookkeeping (called by the security event listener)

    @Transactional
    void loginSucceeded(String username) {
        oneLoginAtATime(username);
        users.findByUsername(username).ifPresent(account -> {
            account.loginSucceeded(clock.instant());
            users.save(account);
        });
        audit.record(AuditEvent.of("LOGIN_SUCCEEDED", "user", null).by(username));
    }

    /** The second factor was right: the count of failed attempts starts again. */
    @Transactional
    void secondFactorSucceeded(String username) {
        users.findByUsername(username).ifPresent(account -> {
            account.loginSucceeded(clock.instant());
            users.save(account);
        });
    }

    @Transactional
    void loginFailed(String username, String reason) {
        oneLoginAtATime(username);
        Optional<UserAccount> account = users.findByUsername(username);
        if (account.isPresent() && ("bad-credentials".equals(reason) || "bad-second-factor".equals(reason))) {
            account.get().loginFailed(loginSettings, clock.instant());
            users.save(account.get());
        }
        // what was typed as a user name is sometimes a password: sealed, for auditors only
        audit.record(AuditEvent.of("LOGIN_FAILED", "user", account.map(UserAccount::id).orElse(null))
                .sealed("username", abbreviate(username))
                .with("reason", reason));
    }

    /**
     * Logins to one account at the same moment are counted one after the other: its row is locked before it
     * is read, so that none meets another's version of it. Otherwise all but one of parallel wrong passwords
     * failed (500) and went uncounted, escaping the throttle and the lock.
     */
    private void oneLoginAtATime(String username) {
        jdbc.sql("select id from identity_user where username = ? for update").param(username).query(Long.class)
                .optional();
    }

    /** Why a login was refused for a locked account: a short throttling pause or a lock, and until when. */
    @Transactional(readOnly = true)
    Optional<LockState> lockState(String username) {
        Instant now = clock.instant();
        return users.findByUsername(username)
                .filter(account -> account.lockedAt(now))
                .map(account -> new LockState(account.lockedOut(loginSettings, now), account.lockedUntil()));
    }

    record LockState(boolean lockedOut, Instant until) {
    }

    private void check(UserProfile profile) {
        if (profile.fullName().isBlank()) {
            throw new RuleViolationException("user.error.full-name-required");
        }
        if (organisations.find(profile.organisationId()).isEmpty()) {
            throw new RuleViolationException("user.error.unknown-organisation");
        }
        for (RegionCode region : profile.regions()) {
            if (!regions.existsToday(region)) {
                throw new RuleViolationException("organisation.error.unknown-region", region.value());
            }
        }
    }

    private UserAccount load(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user.error.not-found"));
    }

    /** Failed-login user names are whatever was typed (sometimes a password by mistake): kept short. */
    private static String abbreviate(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.length() <= 64 ? typed : typed.substring(0, 64);
    }
}
