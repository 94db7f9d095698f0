package kz.qorgau.identity;

import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends a user's sessions (when they are disabled, their roles or scope change, their password is
 * reset or changed, their second factor is reset). Sessions live in the database and are indexed by the
 * name of their principal, so every node sees the end at once.
 */
@Component
class SessionEnding {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionEnding(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the user; answers how many. */
    int endAll(String username) {
        return end(username, null);
    }

    /** Ends every session of the user but the one of the current request (a user changing their own password). */
    int endOthers(String username) {
        return end(username, currentSessionId());
    }

    private int end(String username, String keep) {
        Set<String> ids = sessions.findByPrincipalName(username).keySet();
        int ended = 0;
        for (String id : ids) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
