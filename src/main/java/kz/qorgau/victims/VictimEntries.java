package kz.qorgau.victims;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The entries kept beside a victim record, each an aggregate of its own that refers to the record by its id:
 * the entitlements (permit applications, compensation claims) and the participation in proceedings (testimony,
 * state protection, non-punishment screening), and the extensions of the reflection period. Recording one inserts one row; deciding a permit or settling a
 * claim updates that row; nothing rewrites the others.
 */
@Component
class VictimEntries {

    final Permits permits;
    final CompensationClaims claims;
    final Interviews interviews;
    final ProtectionMeasures protection;
    final NonPunishmentScreenings nonPunishment;
    final ReflectionPeriodExtensions extensions;

    VictimEntries(Permits permits, CompensationClaims claims, Interviews interviews, ProtectionMeasures protection,
            NonPunishmentScreenings nonPunishment, ReflectionPeriodExtensions extensions) {
        this.permits = permits;
        this.claims = claims;
        this.interviews = interviews;
        this.protection = protection;
        this.nonPunishment = nonPunishment;
        this.extensions = extensions;
    }

    List<Permit> permits(long victimId) {
        return permits.findByVictimIdOrderBySeq(victimId);
    }

    List<CompensationClaim> claims(long victimId) {
        return claims.findByVictimIdOrderBySeq(victimId);
    }

    List<Interview> interviews(long victimId) {
        return interviews.findByVictimIdOrderBySeq(victimId);
    }

    List<ProtectionMeasure> protection(long victimId) {
        return protection.findByVictimIdOrderBySeq(victimId);
    }

    List<NonPunishmentScreening> nonPunishment(long victimId) {
        return nonPunishment.findByVictimIdOrderBySeq(victimId);
    }

    List<ReflectionPeriodExtension> extensions(long victimId) {
        return extensions.findByVictimIdOrderBySeq(victimId);
    }
}
