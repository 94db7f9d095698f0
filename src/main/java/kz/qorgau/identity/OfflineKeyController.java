package kz.qorgau.identity;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpSession;

/**
 * The key that encrypts the forms a user fills offline on this device (AES-256, kept by the browser as a key that
 * cannot be read back): random, drawn once per session and kept in it, so that the drafts of a session that ended
 * can no longer be read. Never cached, never logged.
 */
@RestController
class OfflineKeyController {

    static final String ATTRIBUTE = "qorgau.offline-key";
    private static final SecureRandom RANDOM = new SecureRandom();

    @GetMapping(value = "/offline/key", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> key(HttpSession session) {
        byte[] key = (byte[]) session.getAttribute(ATTRIBUTE);
        if (key == null) {
            key = new byte[32];
            RANDOM.nextBytes(key);
            session.setAttribute(ATTRIBUTE, key);
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Map.of("key", Base64.getUrlEncoder()
                .withoutPadding().encodeToString(key)));
    }
}
