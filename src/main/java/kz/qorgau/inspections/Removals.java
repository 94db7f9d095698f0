package kz.qorgau.inspections;

import org.springframework.data.repository.ListCrudRepository;

interface Removals extends ListCrudRepository<Removal, Long> {

    boolean existsByReference(String reference);
}
