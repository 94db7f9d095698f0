package kz.qorgau.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.nayuki.qrcodegen.QrCode;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.shared.Permission;
import kz.qorgau.system.FieldEncryption;

/**
 * The second factor (DESIGN.md §5): a TOTP authenticator ({@link Totp}) with single-use recovery
 * codes, required of everyone who may see personal data and of administrators, enrolled at first login. The
 * secret is sealed like personal data; every enrolment, use of a recovery code, failure and reset is audited
 * (never a code). Demo users may be exempted, in demo mode only ({@link SecondFactorExemptions}).
 */
@Service
public class SecondFactor {

    static final String ISSUER = "Qorgau";
    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final Clock clock;
    private final ObjectProvider<SecondFactorExemptions> exemptions;

    SecondFactor(JdbcClient jdbc, FieldEncryption encryption, AuditTrail audit, Clock clock,
            ObjectProvider<SecondFactorExemptions> exemptions) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.audit = audit;
        this.clock = clock;
        this.exemptions = exemptions;
    }

    /** A secret offered for enrolment, not stored until a code from it is confirmed. */
    public record Enrolment(String secret, String uri, String qrSvg) {
    }

    /**
     * Whether the user signs in with a second factor: those who may see personal data, and administrators. Asked
     * about the user signing in, before they are the signed-in user, hence the parameter.
     */
    public boolean required(QorgauUser user) {
        boolean sensitive = user.may(Permission.PERSONS) || user.may(Permission.ADMINISTER_USERS)
                || user.may(Permission.ADMINISTER_ORGANISATIONS);
        return sensitive && !exempt(user.getUsername());
    }

    /** Demo mode only: the demo users the operator exempted (production has no exemptions). */
    boolean exempt(String username) {
        return exemptions.orderedStream().anyMatch(exemption -> exemption.exempt(username));
    }

    @Transactional(readOnly = true)
    public boolean enrolled(long userId) {
        return jdbc.sql("select totp_enrolled_at is not null from identity_user where id = ?").param(userId)
                .query(Boolean.class).optional().orElse(false);
    }

    /** A fresh secret, its provisioning URI and a QR code of it (an SVG drawn here: no script, no image request). */
    Enrolment newEnrolment(String username) {
        byte[] secret = Totp.newSecret();
        String uri = Totp.uri(ISSUER, username, secret);
        return new Enrolment(Totp.base32(secret), uri, svg(QrCode.encodeText(uri, QrCode.Ecc.MEDIUM)));
    }

    /**
     * Enrols the secret if the code typed was made from it; answers the recovery codes, shown once and stored
     * hashed. Empty when the code is wrong (nothing is stored).
     */
    @Transactional
    Optional<List<String>> enrol(long userId, String username, String secret, String code) {
        byte[] key;
        try {
            key = Totp.fromBase32(secret == null ? "" : secret);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        OptionalLong step = key.length == Totp.SECRET_BYTES ? Totp.accepted(key, code, clock.instant(), 0)
                : OptionalLong.empty();
        if (step.isEmpty()) {
            audit.record(AuditEvent.of("SECOND_FACTOR_ENROLMENT_FAILED", "user", userId).by(username));
            return Optional.empty();
        }
        jdbc.sql("update identity_user set totp_secret = :secret, totp_enrolled_at = :now, totp_last_step = :step "
                + "where id = :id")
                .param("secret", encryption.encrypt(secret, context(userId))).param("now", Timestamp.from(clock
                        .instant()))
                .param("step", step.getAsLong()).param("id", userId).update();
        List<String> codes = newRecoveryCodes(userId);
        audit.record(AuditEvent.of("SECOND_FACTOR_ENROLLED", "user", userId).by(username));
        return Optional.of(codes);
    }

    /**
     * Whether the code is the user's current TOTP code (each time step once) or one of their unused recovery
     * codes (then used up). Audited either way, never with the code.
     */
    @Transactional
    boolean verify(long userId, String username, String code) {
        var row = jdbc.sql(
                "select totp_secret, totp_last_step from identity_user where id = ? and totp_enrolled_at is not null")
                .param(userId).query((rs, n) -> new Object[]{ rs.getBytes(1), rs.getLong(2) }).optional();
        if (row.isEmpty()) {
            return false;
        }
        byte[] secret = Totp.fromBase32(encryption.decrypt((byte[]) row.get()[0], context(userId)));
        OptionalLong step = Totp.accepted(secret, code, clock.instant(), (Long) row.get()[1]);
        if (step.isPresent()) {
            jdbc.sql("update identity_user set totp_last_step = :step where id = :id and totp_last_step < :step")
                    .param("step", step.getAsLong()).param("id", userId).update();
            audit.record(AuditEvent.of("SECOND_FACTOR_SUCCEEDED", "user", userId).by(username));
            return true;
        }
        String typed = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (typed.length() == 10 && jdbc.sql("update identity_recovery_code set used_at = :now where user_id = :id "
                + "and code_hash = :hash and used_at is null")
                .param("now", Timestamp.from(clock.instant())).param("id", userId).param("hash", hash(typed))
                .update() == 1) {
            audit.record(AuditEvent.of("RECOVERY_CODE_USED", "user", userId).by(username).with("left",
                    recoveryCodesLeft(userId)));
            return true;
        }
        audit.record(AuditEvent.of("SECOND_FACTOR_FAILED", "user", userId).by(username));
        return false;
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft(long userId) {
        return jdbc.sql("select count(*) from identity_recovery_code where user_id = ? and used_at is null").param(
                userId)
                .query(Integer.class).single();
    }

    /** Forgets the user's authenticator and recovery codes (a lost phone): they enrol again at next login. */
    @Transactional
    void reset(long userId) {
        jdbc.sql(
                "update identity_user set totp_secret = null, totp_enrolled_at = null, totp_last_step = 0 where id = ?")
                .param(userId).update();
        jdbc.sql("delete from identity_recovery_code where user_id = ?").param(userId).update();
    }

    private List<String> newRecoveryCodes(long userId) {
        jdbc.sql("delete from identity_recovery_code where user_id = ?").param(userId).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            StringBuilder code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            codes.add(code.substring(0, 5) + "-" + code.substring(5));
            jdbc.sql("insert into identity_recovery_code (user_id, code_hash) values (?, ?)")
                    .params(userId, hash(code.toString())).update();
        }
        return codes;
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String context(long userId) {
        return "identity.totp-secret/" + userId;
    }

    /** The QR code as an SVG path, one unit per module, with the quiet zone of four the standard asks for. */
    static String svg(QrCode qr) {
        int border = 4;
        int size = qr.size + border * 2;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + border).append(',').append(y + border).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size + "\" width=\"220\" "
                + "height=\"220\" role=\"img\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" "
                + "fill=\"#ffffff\"/><path d=\"" + path + "\" fill=\"#000000\"/></svg>";
    }
}
