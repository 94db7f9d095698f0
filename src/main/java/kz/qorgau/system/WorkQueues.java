package kz.qorgau.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The work queues of the signed-in user, in their order, and the menu in the order they give it. */
@Component
class WorkQueues {

    private final List<WorkQueue> queues;

    WorkQueues(List<WorkQueue> queues) {
        this.queues = queues.stream().sorted(Comparator.comparingInt(WorkQueue::order)).toList();
    }

    /** The queues the current user holds the permission of, first to last. */
    List<WorkQueue> ofCurrentUser() {
        Set<String> authorities = authorities();
        return queues.stream().filter(queue -> authorities.contains(queue.permission().authority())).toList();
    }

    /** The queues with their counts, leaving out those with nothing to count for the user. */
    List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        for (WorkQueue queue : ofCurrentUser()) {
            List<WorkQueue.Item> items = queue.items();
            if (!items.isEmpty()) {
                sections.add(new Section(queue.messageKey(), queue.section(), items));
            }
        }
        return sections;
    }

    /**
     * The menu with the user's own section first: the entry of the first queue the user has, then the rest in their
     * usual order.
     */
    List<NavigationItem> ordered(List<NavigationItem> navigation) {
        List<WorkQueue> own = ofCurrentUser();
        if (own.isEmpty()) {
            return navigation;
        }
        String first = own.getFirst().section();
        List<NavigationItem> ordered = new ArrayList<>(navigation.size());
        navigation.stream().filter(item -> item.path().equals(first)).forEach(ordered::add);
        navigation.stream().filter(item -> !item.path().equals(first)).forEach(ordered::add);
        return ordered;
    }

    /** A queue as the start page shows it. */
    record Section(String messageKey, String path, List<WorkQueue.Item> items) {

        public long total() {
            return items.stream().mapToLong(WorkQueue.Item::count).sum();
        }
    }

    private static Set<String> authorities() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
    }
}
