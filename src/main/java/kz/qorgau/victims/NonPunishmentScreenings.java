package kz.qorgau.victims;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface NonPunishmentScreenings extends ListCrudRepository<NonPunishmentScreening, Long> {

    List<NonPunishmentScreening> findByVictimIdOrderBySeq(long victimId);

    int countByVictimId(long victimId);
}
