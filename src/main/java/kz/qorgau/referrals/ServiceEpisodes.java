package kz.qorgau.referrals;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ServiceEpisodes extends ListCrudRepository<ServiceEpisode, Long> {

    List<ServiceEpisode> findByVictimIdOrderByStartedOnDescIdDesc(long victimId);
}
