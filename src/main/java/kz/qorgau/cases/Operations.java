package kz.qorgau.cases;

import org.springframework.data.repository.ListCrudRepository;

interface Operations extends ListCrudRepository<SpecialOperation, Long> {
}
