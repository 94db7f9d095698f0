package kz.qorgau.victims;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface Screenings extends ListCrudRepository<Screening, Long> {

    List<Screening> findByVictimIdOrderByNumber(long victimId);

    int countByVictimId(long victimId);
}
