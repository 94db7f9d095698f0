package kz.qorgau.shelters;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface Allocations extends ListCrudRepository<Allocation, Long> {

    List<Allocation> findByShelterIdOrderByYearDescIdAsc(long shelterId);

    boolean existsByCorrectsId(long correctsId);
}
