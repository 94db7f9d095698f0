package kz.qorgau.inspections;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PoliceNotifications extends ListCrudRepository<PoliceNotification, Long> {

    Optional<PoliceNotification> findByInspectionId(long inspectionId);
}
