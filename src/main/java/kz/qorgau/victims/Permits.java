package kz.qorgau.victims;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Permits extends ListCrudRepository<Permit, Long> {

    List<Permit> findByVictimIdOrderBySeq(long victimId);

    Optional<Permit> findByVictimIdAndSeq(long victimId, int seq);

    int countByVictimId(long victimId);

    List<Permit> findByVictimIdInOrderBySeq(Collection<Long> victimIds);
}
