package kz.qorgau.referrals;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface Referrals extends ListCrudRepository<Referral, Long> {

    boolean existsByReference(String reference);

    List<Referral> findByVictimIdOrderByIdDesc(long victimId);
}
