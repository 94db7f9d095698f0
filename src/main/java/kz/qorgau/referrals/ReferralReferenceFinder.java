package kz.qorgau.referrals;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.Permission;
import kz.qorgau.system.ReferenceFinder;

/**
 * Finds a referral by its reference ({@code R-…}) among those the user's organisation sent or received, the rule of
 * the referral's page ({@link ReferralDetails#get}).
 */
@Component
class ReferralReferenceFinder implements ReferenceFinder {

    private final JdbcClient jdbc;

    ReferralReferenceFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> find(String reference) {
        QorgauUser user = QorgauUser.current().orElse(null);
        if (user == null || !user.may(Permission.REFERRALS) || !reference.startsWith("R-")) {
            return Optional.empty();
        }
        return jdbc.sql("select r.id from referrals_referral r where r.reference = :reference "
                + "and (r.from_organisation_id = :organisation or r.to_organisation_id = :organisation)")
                .param("reference", reference).param("organisation", user.organisationId()).query(Long.class)
                .optional().map(id -> "/referrals/" + id);
    }
}
