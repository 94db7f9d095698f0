package kz.qorgau.system;

import java.util.List;

import kz.qorgau.shared.Permission;

/**
 * A module's part of the start page: what awaits the signed-in user in that module, counted, each count linking to
 * the list that shows exactly the counted records. Contributed by a module as a bean, asked only of users holding
 * {@link #permission()}. A module counts with its own lists' queries (never a second scope rule), so that a count
 * and the list behind its link cannot disagree.
 */
public interface WorkQueue {

    /** The permission without which the queue is not asked for. */
    Permission permission();

    /** Position on the start page; the user's first queue also puts its {@link #section()} first in the menu. */
    int order();

    /** The path of the navigation entry the queue belongs to (the user's own section when it comes first). */
    String section();

    /** The heading's message key. */
    String messageKey();

    /** What awaits the current user: none when the module has nothing for them. */
    List<Item> items();

    /**
     * One count of a queue.
     *
     * @param messageKey the label's message key, given the count as its argument
     * @param count how many records await
     * @param exact false when the list stopped counting (more than {@code count})
     * @param path the list of exactly these records
     * @param icon a Bootstrap Icons name
     * @param urgent whether the records are late (shown as a warning while the count is above zero)
     */
    record Item(String messageKey, long count, boolean exact, String path, String icon, boolean urgent) {

        public static Item of(String messageKey, long count, String path, String icon) {
            return new Item(messageKey, count, true, path, icon, false);
        }

        public static Item late(String messageKey, long count, String path, String icon) {
            return new Item(messageKey, count, true, path, icon, true);
        }
    }
}
