package kz.qorgau.victims;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ReflectionPeriodExtensions extends ListCrudRepository<ReflectionPeriodExtension, Long> {

    List<ReflectionPeriodExtension> findByVictimIdOrderBySeq(long victimId);
}
