package kz.qorgau.agencies;

import org.springframework.data.repository.ListCrudRepository;

interface Agencies extends ListCrudRepository<Agency, Long> {

    boolean existsByReference(String reference);

    boolean existsByBin(String bin);
}
