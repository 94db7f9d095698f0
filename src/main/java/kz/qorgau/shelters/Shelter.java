package kz.qorgau.shelters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;

/**
 * A shelter or crisis centre of the register: who runs it, where it is (its address sealed: only the operator's
 * staff and administrators read it), the services and languages it offers, when it opened and closed. Its beds are
 * the dated changes of {@link Capacity}, kept in a table of their own and added one at a time, never rewritten.
 */
@Table("shelters_shelter")
class Shelter {

    static final int NAME_LENGTH = 200;
    static final int ADDRESS_LENGTH = 500;

    @Id
    private Long id;
    private String reference;
    private long organisationId;
    private String name;
    private ShelterKind kind;
    private String region;
    private String district;
    private Settlement settlement;
    private byte[] address;
    private String[] services;
    private String[] languages;
    private boolean accessible;
    private LocalDate openedOn;
    private LocalDate closedOn;
    private String registeredBy;
    private Instant registeredAt;
    @Version
    private Integer version;
    @Transient
    private Capacity capacity = Capacity.none();

    @PersistenceCreator
    Shelter() {
    }

    static Shelter register(String reference, long organisationId, ShelterCommands.Registration registration,
            byte[] sealedAddress, String by, LocalDate today, Instant now) {
        if (registration.openedOn() != null && registration.openedOn().isAfter(today)) {
            throw new RuleViolationException("shelter.error.future-date");
        }
        Shelter shelter = new Shelter();
        shelter.reference = reference;
        shelter.organisationId = organisationId;
        shelter.name = registration.name().strip();
        shelter.kind = registration.kind();
        shelter.region = registration.region().value();
        shelter.district = registration.district() == null || registration.district().isBlank() ? null
                : registration.district().strip();
        shelter.settlement = registration.settlement();
        shelter.address = sealedAddress;
        shelter.services = registration.services().stream().map(Enum::name).sorted().toArray(String[]::new);
        shelter.languages = registration.languages().stream().sorted().toArray(String[]::new);
        shelter.accessible = registration.accessible();
        shelter.openedOn = registration.openedOn();
        shelter.registeredBy = by;
        shelter.registeredAt = now;
        return shelter;
    }

    /** Closes the shelter on the day: not before it opened, not in the future, not with victims still staying. */
    void close(LocalDate on, LocalDate today, boolean victimsStaying) {
        if (closedOn != null) {
            throw new RuleViolationException("shelter.error.closed");
        }
        if (on == null) {
            throw new RuleViolationException("shelter.error.closing-date-required");
        }
        if (on.isAfter(today) || on.isBefore(openedOn)) {
            throw new RuleViolationException(on.isAfter(today) ? "shelter.error.future-date"
                    : "shelter.error.closed-before-opening");
        }
        if (victimsStaying) {
            throw new RuleViolationException("shelter.error.victims-staying");
        }
        this.closedOn = on;
    }

    /** A change of the beds of a group from a day on: the shelter must be open then, the beds not negative. */
    Capacity.Change changeCapacity(BedGroup group, Integer beds, LocalDate from) {
        if (group == null) {
            throw new RuleViolationException("shelter.error.group-required");
        }
        if (beds == null || beds < 0) {
            throw new RuleViolationException("shelter.error.beds");
        }
        if (from == null) {
            throw new RuleViolationException("shelter.error.capacity-date-required");
        }
        if (!openOn(from)) {
            throw new RuleViolationException(closedOn != null ? "shelter.error.closed" : "shelter.error.not-open");
        }
        return new Capacity.Change(from, group, beds);
    }

    boolean openOn(LocalDate day) {
        return !day.isBefore(openedOn) && (closedOn == null || day.isBefore(closedOn));
    }

    void capacity(Capacity capacity) {
        this.capacity = capacity;
    }

    Capacity capacity() {
        return capacity;
    }

    Long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    long organisationId() {
        return organisationId;
    }

    String name() {
        return name;
    }

    ShelterKind kind() {
        return kind;
    }

    RegionCode region() {
        return new RegionCode(region);
    }

    String district() {
        return district;
    }

    Settlement settlement() {
        return settlement;
    }

    byte[] address() {
        return address;
    }

    Set<ServiceType> services() {
        Set<ServiceType> offered = EnumSet.noneOf(ServiceType.class);
        Arrays.stream(services).map(ServiceType::valueOf).forEach(offered::add);
        return offered;
    }

    Set<String> languages() {
        return Arrays.stream(languages).collect(Collectors.toCollection(TreeSet::new));
    }

    boolean accessible() {
        return accessible;
    }

    LocalDate openedOn() {
        return openedOn;
    }

    LocalDate closedOn() {
        return closedOn;
    }
}
