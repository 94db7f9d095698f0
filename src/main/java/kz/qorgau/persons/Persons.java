package kz.qorgau.persons;

import org.springframework.data.repository.ListCrudRepository;

interface Persons extends ListCrudRepository<Person, Long> {

    boolean existsByPseudonym(String pseudonym);
}
