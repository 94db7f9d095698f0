package kz.qorgau.agencies;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface Complaints extends ListCrudRepository<Complaint, Long> {

    List<Complaint> findByAgencyIdOrderByReceivedOnDescIdDesc(long agencyId);
}
