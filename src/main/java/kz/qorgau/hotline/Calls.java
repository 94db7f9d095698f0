package kz.qorgau.hotline;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Calls extends ListCrudRepository<Call, Long> {

    boolean existsByReference(String reference);

    Optional<Call> findByReference(String reference);
}
