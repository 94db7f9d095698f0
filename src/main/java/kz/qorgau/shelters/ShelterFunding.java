package kz.qorgau.shelters;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.system.DisplayFormat;

/**
 * A shelter's funding: allocations entered by special social services of its region with their source document,
 * each audited; a correction is a new allocation replacing the one it corrects. The operator's staff and the
 * overseers read them.
 */
@Service
public class ShelterFunding {

    private final ShelterRegister register;
    private final ShelterScope scope;
    private final Allocations allocations;
    private final AuditTrail audit;
    private final DisplayFormat format;
    private final Clock clock;

    ShelterFunding(ShelterRegister register, ShelterScope scope, Allocations allocations, AuditTrail audit,
            DisplayFormat format, Clock clock) {
        this.register = register;
        this.scope = scope;
        this.allocations = allocations;
        this.audit = audit;
        this.format = format;
        this.clock = clock;
    }

    /** Enters an allocation to the shelter; answers its id. */
    @Requires(Permission.SHELTERS_OVERSEE)
    @Transactional
    public long allocate(long shelterId, ShelterCommands.AllocationEntry entry) {
        return record(shelterId, entry, null);
    }

    /** Enters the allocation that replaces one of the shelter's (once); answers its id. */
    @Requires(Permission.SHELTERS_OVERSEE)
    @Transactional
    public long correct(long shelterId, long allocationId, ShelterCommands.AllocationEntry entry) {
        Allocation corrected = allocations.findById(allocationId).filter(found -> found.shelterId() == shelterId)
                .orElseThrow(() -> new NotFoundException("shelter.error.allocation-not-found"));
        if (allocations.existsByCorrectsId(allocationId)) {
            throw new RuleViolationException("shelter.error.allocation-corrected");
        }
        return record(shelterId, entry, corrected.id());
    }

    private long record(long shelterId, ShelterCommands.AllocationEntry entry, Long corrects) {
        QorgauUser user = QorgauUser.required();
        Shelter shelter = register.load(shelterId, user);
        if (!scope.oversees(user, shelter)) {
            throw new NotFoundException("shelter.error.not-found");
        }
        Allocation allocation = allocations.save(Allocation.allocate(shelter, entry, corrects, user.getUsername(),
                format.today(), clock.instant()));
        audit.record(AuditEvent.of(corrects == null ? "SHELTER_ALLOCATION" : "SHELTER_ALLOCATION_CORRECTED",
                "shelter", shelterId).with("allocation", allocation.id()).with("corrects", corrects)
                .with("year", allocation.year()).with("source", allocation.source())
                .with("amountKzt", allocation.amountKzt()).with("kztPerUsd", allocation.kztPerUsd())
                .with("document", allocation.document()));
        return allocation.id();
    }

    /** The shelter's allocations, latest year first, each marked when a correction replaced it. */
    @Requires(Permission.SHELTERS)
    @Transactional(readOnly = true)
    public List<ShelterViews.AllocationView> allocations(long shelterId) {
        register.load(shelterId, QorgauUser.required());
        List<Allocation> all = allocations.findByShelterIdOrderByYearDescIdAsc(shelterId);
        Set<Long> replaced = all.stream().map(Allocation::correctsId).filter(id -> id != null).collect(Collectors
                .toSet());
        return all.stream().map(allocation -> new ShelterViews.AllocationView(allocation.id(), allocation.year(),
                allocation.source(), allocation.contractNumber(), allocation.amountKzt(), allocation.kztPerUsd(),
                allocation.amountUsd(), allocation.document(), allocation.correctsId(), replaced.contains(allocation
                        .id()), allocation.recordedBy(), allocation.recordedAt())).toList();
    }
}
