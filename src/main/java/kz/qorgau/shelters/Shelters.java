package kz.qorgau.shelters;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Shelters extends ListCrudRepository<Shelter, Long> {

    Optional<Shelter> findByReference(String reference);

    boolean existsByReference(String reference);
}
