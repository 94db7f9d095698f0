package kz.qorgau.agencies;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Intermediaries extends ListCrudRepository<Intermediary, Long> {

    boolean existsByReference(String reference);

    Optional<Intermediary> findByBin(String bin);

    Optional<Intermediary> findByKindAndNameKeyAndBinIsNull(IntermediaryKind kind, String nameKey);
}
