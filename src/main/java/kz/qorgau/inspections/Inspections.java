package kz.qorgau.inspections;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface Inspections extends ListCrudRepository<Inspection, Long> {

    Optional<Inspection> findByOrganisationIdAndClientId(long organisationId, UUID clientId);
}
