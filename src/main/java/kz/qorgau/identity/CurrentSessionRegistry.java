package kz.qorgau.identity;

import java.util.Date;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The registry of a user's sessions that limits them (at most {@link SessionSettings#maxPerUser()}): Spring Session's,
 * except that the session of the current request is answered from that request's session, which Spring Session has
 * already read from the database. Spring Security asks on every request whether the request's session was ended by a
 * newer sign-in; Spring Session's registry would read the session and its attributes from the database a second time
 * to answer (a third read of it per request). A newer sign-in ends an older session by an attribute written to the
 * database, which the request's session carries as it was read at the start of the request.
 */
final class CurrentSessionRegistry implements SessionRegistry {

    /** The attribute by which Spring Session's registry marks a session ended by a newer sign-in. */
    static final String EXPIRED = "org.springframework.session.security.SpringSessionBackedSessionInformation.EXPIRED";

    private final SpringSessionBackedSessionRegistry<? extends Session> registry;

    <S extends Session> CurrentSessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
        this.registry = new SpringSessionBackedSessionRegistry<>(sessions);
    }

    @Override
    public SessionInformation getSessionInformation(String sessionId) {
        HttpSession current = currentSession();
        if (current == null || !current.getId().equals(sessionId)) {
            return registry.getSessionInformation(sessionId);
        }
        String principal = current.getAttribute(
                FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME) instanceof String name ? name : "";
        SessionInformation information = new SessionInformation(principal, sessionId,
                new Date(current.getLastAccessedTime()));
        if (Boolean.TRUE.equals(current.getAttribute(EXPIRED))) {
            information.expireNow();
        }
        return information;
    }

    @Override
    public List<Object> getAllPrincipals() {
        return registry.getAllPrincipals();
    }

    @Override
    public List<SessionInformation> getAllSessions(Object principal, boolean includeExpiredSessions) {
        return registry.getAllSessions(principal, includeExpiredSessions);
    }

    @Override
    public void refreshLastRequest(String sessionId) {
        registry.refreshLastRequest(sessionId);
    }

    @Override
    public void registerNewSession(String sessionId, Object principal) {
        registry.registerNewSession(sessionId, principal);
    }

    @Override
    public void removeSessionInformation(String sessionId) {
        registry.removeSessionInformation(sessionId);
    }

    private static HttpSession currentSession() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getSession(false)
                : null;
    }
}
