package kz.qorgau.shared;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * A page of an API list: its items and where it stands in the whole. A list that stops counting its
 * matches at a limit says so with {@code totalExact} false; {@code totalItems} and {@code totalPages} are
 * then lower bounds.
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages, boolean totalExact) {

    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages(), true);
    }
}
