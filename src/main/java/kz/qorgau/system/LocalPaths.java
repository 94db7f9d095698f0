package kz.qorgau.system;

import java.net.URI;

/** Paths a page may send the user back to: only on this site, never another host (no open redirect). */
public final class LocalPaths {

    private LocalPaths() {
    }

    /** The path if it is local to this site, otherwise null. */
    public static String orNull(String path) {
        if (path == null || path.isBlank() || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.contains("\r") || path.contains("\n")) {
            return null;
        }
        try {
            return URI.create(path).getHost() == null ? path : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The path if local, otherwise the home page. */
    public static String orHome(String path) {
        String local = orNull(path);
        return local == null ? "/" : local;
    }

    /** The path with a query parameter added. */
    public static String with(String path, String name, Object value) {
        return path + (path.contains("?") ? "&" : "?") + name + "=" + value;
    }
}
