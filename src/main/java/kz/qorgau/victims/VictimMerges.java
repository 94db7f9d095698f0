package kz.qorgau.victims;

import org.springframework.data.repository.ListCrudRepository;

/** The merges of victim records, undone ones included. */
interface VictimMerges extends ListCrudRepository<VictimMerge, Long> {
}
