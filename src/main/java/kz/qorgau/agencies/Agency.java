package kz.qorgau.agencies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.Bin;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.InvalidFieldException;

/**
 * A private employment agency of the register. Its licence's decisions are kept in a table of their own, appended
 * one at a time and never rewritten ({@link Licence}), so that its status on a past day stays what it was.
 */
@Table("agencies_agency")
class Agency {

    @Id
    private Long id;
    private String reference;
    private String bin;
    private String nameRu;
    private String nameKk;
    private String nameEn;
    private String legalAddress;
    private String region;
    private String licenceNumber;
    private LocalDate licenceIssuedOn;
    private LocalDate licenceExpiresOn;
    private String[] placements;
    private String[] countries;
    private String registeredBy;
    private Instant registeredAt;
    @Version
    private Integer version;
    @Transient
    private List<Licence.Decision> decisions = List.of();

    @PersistenceCreator
    Agency() {
    }

    static Agency register(String reference, AgencyCommands.Registration registration, String by, LocalDate today,
            Instant now) {
        InvalidFieldException.refuseFirst(registration.errors(today));
        Agency agency = new Agency();
        agency.reference = reference;
        agency.bin = Bin.of(registration.bin()).value();
        agency.nameRu = registration.nameRu().strip();
        agency.nameKk = stripped(registration.nameKk());
        agency.nameEn = stripped(registration.nameEn());
        agency.legalAddress = registration.legalAddress().strip();
        agency.region = registration.region().value();
        agency.licenceNumber = registration.licenceNumber().strip();
        agency.licenceIssuedOn = registration.issuedOn();
        agency.licenceExpiresOn = registration.expiresOn();
        agency.placements = registration.placements().stream().sorted().map(Enum::name).toArray(String[]::new);
        agency.countries = registration.countries() == null ? new String[0]
                : registration.countries().stream().sorted().map(CountryCode::value).toArray(String[]::new);
        agency.registeredBy = by;
        agency.registeredAt = now;
        return agency;
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The licence with the decisions read from its table. */
    Licence licence() {
        return new Licence(licenceIssuedOn, licenceExpiresOn, decisions);
    }

    void decisions(List<Licence.Decision> decisions) {
        this.decisions = List.copyOf(decisions);
    }

    /** The decision taken now, checked against the licence as it stands; the caller appends it to its table. */
    Licence.Decision decide(AgencyCommands.LicenceDecision command, LocalDate today) {
        Licence decided = licence().decide(new Licence.Decision(command.kind(), command.decidedOn(),
                command.expiresOn(), command.body(), command.document()), today);
        this.decisions = decided.decisions();
        return decided.decisions().getLast();
    }

    Long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    String bin() {
        return bin;
    }

    String nameRu() {
        return nameRu;
    }

    String nameKk() {
        return nameKk;
    }

    String nameEn() {
        return nameEn;
    }

    String legalAddress() {
        return legalAddress;
    }

    String region() {
        return region;
    }

    String licenceNumber() {
        return licenceNumber;
    }

    Set<Placement> placements() {
        return Arrays.stream(placements).map(Placement::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Placement.class)));
    }

    Set<String> countries() {
        return new TreeSet<>(Arrays.asList(countries));
    }
}
