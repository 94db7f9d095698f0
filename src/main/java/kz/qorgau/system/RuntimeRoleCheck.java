package kz.qorgau.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the database role the application connects as could switch off the audit trail's
 * protection (DESIGN.md §5: append-only): a superuser, a role that may create roles, or the owner of
 * {@code audit_entry} (or a member of its owner) can disable or drop its triggers. Migrations then run as an owner
 * role and the application as a restricted one (README, Production mode; embedded mode does so by itself).
 * (JdbcClient waits for Flyway, so the table exists.)
 */
@Component
class RuntimeRoleCheck implements InitializingBean {

    private final JdbcClient jdbc;

    RuntimeRoleCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterPropertiesSet() {
        Role role = jdbc.sql("""
                select r.rolname, r.rolsuper, r.rolcreaterole,
                       coalesce(pg_has_role(r.oid, c.relowner, 'MEMBER'), false) as audit_owner
                from pg_roles r
                left join pg_class c on c.oid = to_regclass('audit_entry')
                where r.rolname = current_user
                """)
                .query((rs, n) -> new Role(rs.getString("rolname"), rs.getBoolean("rolsuper"),
                        rs.getBoolean("rolcreaterole"), rs.getBoolean("audit_owner")))
                .single();
        List<String> powers = role.powers();
        if (!powers.isEmpty()) {
            throw new RuntimeRoleTooPrivilegedException(role.name(), powers);
        }
    }

    private record Role(String name, boolean superuser, boolean createRole, boolean auditOwner) {

        List<String> powers() {
            List<String> powers = new ArrayList<>();
            if (superuser) {
                powers.add("it is a superuser");
            }
            if (createRole) {
                powers.add("it may create roles");
            }
            if (auditOwner) {
                powers.add("it owns audit_entry or is a member of its owner");
            }
            return powers;
        }
    }

    /** The application's database role could disable the audit trail's triggers. */
    static final class RuntimeRoleTooPrivilegedException extends RuntimeException {
        RuntimeRoleTooPrivilegedException(String role, List<String> powers) {
            super("the application connects to the database as \"" + role + "\", which could switch off the audit "
                    + "trail's protection (" + String.join(", ", powers) + ").");
        }
    }
}
