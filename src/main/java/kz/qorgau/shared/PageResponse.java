package kz.qorgau.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list, as the pages and the API show it: its items and where it stands in the whole. A list that
 * stops counting its matches at a limit says so with {@code totalExact} false; {@code totalItems} and
 * {@code totalPages} are then lower bounds. The one page type of the read models; the helpers without a
 * {@code get}/{@code is} prefix serve the templates and stay out of the API's JSON.
 *
 * @param page the page number, from 0
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages, boolean totalExact) {

    public PageResponse {
        items = List.copyOf(items);
    }

    /** A page of a Spring Data query. */
    public static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages(), true);
    }

    /** A page of a list whose matches were all counted. */
    public static <T> PageResponse<T> of(List<T> items, Pageable pageable, long total) {
        int size = pageable.getPageSize();
        return new PageResponse<>(items, pageable.getPageNumber(), size, total,
                size == 0 ? 1 : (int) ((total + size - 1) / size), true);
    }

    /**
     * A page of a list that counted its matches up to a limit: {@code counted} of them, all of them when
     * {@code exact}. It has at least one page, the one asked for.
     */
    public static <T> PageResponse<T> counted(List<T> items, Pageable pageable, long counted, boolean exact) {
        int size = pageable.getPageSize();
        return new PageResponse<>(items, pageable.getPageNumber(), size, counted,
                size == 0 ? 1 : (int) Math.max(1, (counted + size - 1) / size), exact);
    }

    public <R> PageResponse<R> map(Function<? super T, ? extends R> mapping) {
        return new PageResponse<>(items.stream().<R>map(mapping).toList(), page, size, totalItems, totalPages,
                totalExact);
    }

    public boolean empty() {
        return items.isEmpty();
    }

    /** The page number, from 0 (as {@link Page#getNumber()}, for the shared pagination fragment). */
    public int number() {
        return page;
    }

    public boolean first() {
        return page == 0;
    }

    public boolean last() {
        return !hasNext();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return !totalExact || (long) (page + 1) * size < totalItems;
    }
}
