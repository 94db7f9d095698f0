package kz.qorgau.victims;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface Interviews extends ListCrudRepository<Interview, Long> {

    List<Interview> findByVictimIdOrderBySeq(long victimId);

    int countByVictimId(long victimId);
}
