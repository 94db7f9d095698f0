package kz.qorgau.shared;

/** Builds SQL {@code LIKE} / {@code ILIKE} patterns from what a user typed, with wildcards escaped. */
public final class SqlLike {

    private SqlLike() {
    }

    /** A pattern matching values that contain the text (backslash is PostgreSQL's default escape). */
    public static String containing(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
