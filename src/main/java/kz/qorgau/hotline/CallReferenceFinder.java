package kz.qorgau.hotline;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.system.ReferenceFinder;

/**
 * Finds a call by its reference ({@code H-…}): for its hotline's operators the call's page; for the police unit
 * notified of it, or a supervisor over its region, the notification's page. Nobody else finds it.
 */
@Component
class CallReferenceFinder implements ReferenceFinder {

    private final Calls calls;
    private final HotlineScope scope;

    CallReferenceFinder(Calls calls, HotlineScope scope) {
        this.calls = calls;
        this.scope = scope;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> find(String reference) {
        QorgauUser user = QorgauUser.current().orElse(null);
        if (user == null || !reference.matches("H-[2-9A-HJKMNP-Z]{8}")) {
            return Optional.empty();
        }
        return calls.findByReference(reference).flatMap(call -> scope.operates(user, call) ? Optional.of(
                "/hotline/calls/" + call.id())
                : scope.answers(user, call) ? Optional.of("/hotline/notifications/" + call.id()) : Optional.empty());
    }
}
