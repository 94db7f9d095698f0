package kz.qorgau.shelters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RandomReference;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FieldEncryption;

/**
 * The register of shelters: registering one (by an overseer of its region), changing its beds from a day on (its
 * operator's staff or an overseer; never below the beds taken on any night since that day), closing it. Each change
 * is audited; the address is sealed under the shelter's reference and never written to the audit trail.
 */
@Service
public class ShelterRegister {

    /** The organisations that may run a shelter. */
    static final Set<OrganisationType> OPERATOR_TYPES = Set.of(OrganisationType.NGO, OrganisationType.SHELTER,
            OrganisationType.LOCAL_GOVERNMENT_ORGANISATION, OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION,
            OrganisationType.INTERNATIONAL_ORGANISATION);

    private final Shelters shelters;
    private final Stays stays;
    private final Beds beds;
    private final ShelterScope scope;
    private final OrganisationRegistry organisations;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final DisplayFormat format;
    private final Clock clock;

    ShelterRegister(Shelters shelters, Stays stays, Beds beds, ShelterScope scope, OrganisationRegistry organisations,
            FieldEncryption encryption, AuditTrail audit, DisplayFormat format, Clock clock) {
        this.shelters = shelters;
        this.stays = stays;
        this.beds = beds;
        this.scope = scope;
        this.organisations = organisations;
        this.encryption = encryption;
        this.audit = audit;
        this.format = format;
        this.clock = clock;
    }

    /** Enters a shelter run by an organisation that may run one, in a region of the user's scope. */
    @Requires(Permission.SHELTERS_OVERSEE)
    @Transactional
    public long register(ShelterCommands.Registration registration) {
        QorgauUser user = QorgauUser.required();
        LocalDate today = format.today();
        InvalidFieldException.refuseFirst(registration.errors(today));
        OrganisationSummary operator = organisations.find(registration.organisationId())
                .filter(OrganisationSummary::active)
                .filter(found -> OPERATOR_TYPES.contains(found.type()))
                .orElseThrow(() -> new InvalidFieldException("organisationId", "shelter.error.operator"));
        if (!user.nationalScope() && !user.covers(registration.region())) {
            throw new InvalidFieldException("region", "shelter.error.region-out-of-scope");
        }
        String reference = newReference();
        Shelter shelter = shelters.save(Shelter.register(reference, operator.id(), registration,
                encryption.encrypt(registration.address().strip(), addressContext(reference)), user.getUsername(),
                today, clock.instant()));
        audit.record(AuditEvent.of("SHELTER_REGISTERED", "shelter", shelter.id()).with("reference", reference)
                .with("operator", operator.id()).with("region", shelter.region()).with("settlement", shelter
                        .settlement()));
        return shelter.id();
    }

    /** From the day on, the group has so many beds; refused below the beds taken on any night since that day. */
    @Requires(Permission.SHELTERS)
    @Transactional
    public void changeCapacity(long shelterId, ShelterCommands.CapacityChange command) {
        QorgauUser user = QorgauUser.required();
        Shelter shelter = load(shelterId, user);
        if (!scope.operates(user, shelter) && !scope.oversees(user, shelter)) {
            throw new NotFoundException("shelter.error.not-found");
        }
        beds.lock(shelterId);
        Capacity.Change change = shelter.changeCapacity(command.group(), command.beds(), command.effectiveFrom());
        LocalDate today = format.today();
        if (change.effectiveFrom().isAfter(today)) {
            throw new RuleViolationException("shelter.error.future-date");
        }
        int peak = Occupancy.of(beds.periods(shelterId, change.effectiveFrom(), today), shelter.capacity(), change
                .effectiveFrom(), today).peak(change.group());
        if (change.beds() < peak) {
            throw new InvalidFieldException("beds", "shelter.error.beds-below-occupancy", peak);
        }
        beds.add(shelterId, change, user.getUsername(), clock.instant());
        audit.record(AuditEvent.of("SHELTER_CAPACITY_CHANGED", "shelter", shelterId).with("group", change.group())
                .with("beds", change.beds()).with("from", change.effectiveFrom()));
    }

    /** Closes the shelter on the day, once no victim stays in it. */
    @Requires(Permission.SHELTERS_OVERSEE)
    @Transactional
    public void close(long shelterId, ShelterCommands.Closing closing) {
        QorgauUser user = QorgauUser.required();
        Shelter shelter = load(shelterId, user);
        if (!scope.oversees(user, shelter)) {
            throw new NotFoundException("shelter.error.not-found");
        }
        shelter.close(closing.closedOn(), format.today(), stays.existsByShelterIdAndDischargeReasonIsNull(shelterId));
        shelters.save(shelter);
        audit.record(AuditEvent.of("SHELTER_CLOSED", "shelter", shelterId).with("on", shelter.closedOn()));
    }

    /** The shelter with its beds, when the user reaches it; otherwise it does not exist for them. */
    Shelter load(long id, QorgauUser user) {
        Shelter shelter = shelters.findById(id).filter(found -> scope.sees(user, found))
                .orElseThrow(() -> new NotFoundException("shelter.error.not-found"));
        shelter.capacity(beds.capacity(id));
        return shelter;
    }

    static String addressContext(String reference) {
        return "shelter.address/" + reference;
    }

    private String newReference() {
        return RandomReference.unused('H', shelters::existsByReference);
    }
}
