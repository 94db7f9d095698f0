package kz.qorgau.cases;

import org.springframework.data.repository.ListCrudRepository;

interface CooperationRequests extends ListCrudRepository<CooperationRequest, Long> {
}
