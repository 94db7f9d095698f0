package kz.qorgau.victims;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CompensationClaims extends ListCrudRepository<CompensationClaim, Long> {

    List<CompensationClaim> findByVictimIdOrderBySeq(long victimId);

    Optional<CompensationClaim> findByVictimIdAndSeq(long victimId, int seq);

    int countByVictimId(long victimId);
}
