package kz.qorgau.victims;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Victims extends ListCrudRepository<Victim, Long> {

    boolean existsByReference(String reference);

    Optional<Victim> findByReference(String reference);

    List<Victim> findByPersonId(Long personId);
}
