package kz.qorgau.victims;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ProtectionMeasures extends ListCrudRepository<ProtectionMeasure, Long> {

    List<ProtectionMeasure> findByVictimIdOrderBySeq(long victimId);

    int countByVictimId(long victimId);
}
