package kz.qorgau.identity;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface Users extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);
}
