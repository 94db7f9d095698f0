package kz.qorgau.shelters;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Stays extends ListCrudRepository<Stay, Long> {

    List<Stay> findByShelterId(long shelterId);

    @Query("select s.* from shelters_stay s join shelters_shelter h on h.id = s.shelter_id "
            + "where h.organisation_id = :organisation and s.discharge_reason is null")
    List<Stay> findCurrentOfOrganisation(long organisation);

    boolean existsByShelterIdAndDischargeReasonIsNull(long shelterId);

    boolean existsByVictimIdAndDischargeReasonIsNull(long victimId);
}
