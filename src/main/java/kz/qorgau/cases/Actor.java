package kz.qorgau.cases;

import java.util.Objects;

/** Who records something on a case: the user and their organisation. */
public record Actor(String username, long organisationId) {

    public Actor {
        Objects.requireNonNull(username, "username");
    }
}
