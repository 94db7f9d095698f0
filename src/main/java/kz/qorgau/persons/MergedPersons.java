package kz.qorgau.persons;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * Which person each person record counts as, after the reviewers' merges ({@link DuplicateReview}): the root of its
 * chain of merges, itself when it was merged into none. For other modules' reviews of their own records of one person
 * (the victims module's merge of two records of one situation); it names ids only, never what identifies a person,
 * and opens nothing.
 */
@Service
public class MergedPersons {

    /** The ids asked of the database at once. */
    static final int CHUNK = 1_000;

    private final JdbcClient jdbc;

    MergedPersons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The root of each of these persons that exists (an id of no person is left out). */
    @Requires(Permission.LINKAGE_REVIEW)
    @Transactional(readOnly = true)
    public Map<PersonId, PersonId> roots(Collection<PersonId> ids) {
        Map<PersonId, PersonId> roots = new HashMap<>();
        rootsOf(ids.stream().map(PersonId::value).toList()).forEach((id, root) -> roots.put(new PersonId(id),
                new PersonId(root)));
        return roots;
    }

    /** The same by the records' numbers, for the registry's own review, which checks the permission itself. */
    Map<Long, Long> rootsOf(Collection<Long> ids) {
        Map<Long, Long> roots = new HashMap<>();
        List<Long> values = ids.stream().distinct().toList();
        for (int from = 0; from < values.size(); from += CHUNK) {
            List<Long> chunk = new ArrayList<>(values.subList(from, Math.min(from + CHUNK, values.size())));
            jdbc.sql("""
                    with recursive chain (start, id, merged_into_id, depth) as (
                        select id, id, merged_into_id, 1 from persons_person where id in (:ids)
                        union all
                        select c.start, p.id, p.merged_into_id, c.depth + 1
                        from chain c join persons_person p on p.id = c.merged_into_id
                        where c.depth < 100
                    )
                    select start, id from chain where merged_into_id is null""").param("ids", chunk).query(rs -> {
                roots.put(rs.getLong(1), rs.getLong(2));
            });
        }
        return roots;
    }
}
