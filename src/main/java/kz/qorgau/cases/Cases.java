package kz.qorgau.cases;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Cases extends ListCrudRepository<CriminalCase, Long> {

    boolean existsByErdrNumber(String erdrNumber);

    Optional<CriminalCase> findByErdrNumber(String erdrNumber);
}
