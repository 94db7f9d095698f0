package kz.qorgau.identity;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What makes a password acceptable, following NIST SP 800-63B: length matters, composition rules do
 * not; common passwords and passwords built from the user name are refused. Answers message keys.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("123456789012", "password1234", "qwertyuiop12", "1q2w3e4r5t6y",
            "qwerty123456", "passwordpassword", "administrator", "111111111111", "000000000000", "iloveyou1234",
            "parol12345678", "qazwsxedcrfv", "qorgau123456", "kazakhstan123", "astana123456", "almaty123456");

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** The rules the password breaks, as message keys; empty when acceptable. */
    static List<String> violations(String password, String username) {
        List<String> violations = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            violations.add("password.error.too-short");
            return violations;
        }
        if (password.length() > MAX_LENGTH) {
            violations.add("password.error.too-long");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            violations.add("password.error.contains-username");
        }
        if (COMMON.contains(lower)) {
            violations.add("password.error.too-common");
        }
        if (password.chars().distinct().count() < 5) {
            violations.add("password.error.too-simple");
        }
        return violations;
    }

    /** A random temporary password that satisfies the policy. */
    static String temporaryPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
