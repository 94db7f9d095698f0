package kz.qorgau.shelters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.RuleViolationException;

/**
 * Money allocated to a shelter for a year from one source, entered by special social services with the document it
 * comes from, stated in KZT and at the exchange rate used to state it in USD. Never changed: a correction is a new
 * allocation that replaces the one it corrects, so that what was entered, when and by whom stays readable.
 */
@Table("shelters_allocation")
class Allocation {

    static final int DOCUMENT_LENGTH = 100;

    @Id
    private Long id;
    private long shelterId;
    private int year;
    private AllocationSource source;
    private String contractNumber;
    private long amountKzt;
    private BigDecimal kztPerUsd;
    private String document;
    private Long correctsId;
    private String recordedBy;
    private Instant recordedAt;

    @PersistenceCreator
    Allocation() {
    }

    /**
     * An allocation to the shelter for the year: not for a year after the current one, nor one the shelter was
     * closed for all of, nor before it opened; a state social order names its contract.
     */
    static Allocation allocate(Shelter shelter, ShelterCommands.AllocationEntry entry, Long corrects, String by,
            LocalDate today, Instant now) {
        if (entry.year() == null || entry.year() > today.getYear() || entry.year() < shelter.openedOn().getYear()) {
            throw new RuleViolationException("shelter.error.allocation-year");
        }
        if (shelter.closedOn() != null && !shelter.closedOn().isAfter(LocalDate.of(entry.year(), 1, 1))) {
            throw new RuleViolationException("shelter.error.allocation-closed");
        }
        if (entry.source() == null) {
            throw new RuleViolationException("shelter.error.source-required");
        }
        if (entry.amountKzt() == null || entry.amountKzt() < 0) {
            throw new RuleViolationException("shelter.error.amount");
        }
        if (entry.kztPerUsd() == null || entry.kztPerUsd().signum() <= 0) {
            throw new RuleViolationException("shelter.error.rate");
        }
        if (entry.document() == null || entry.document().isBlank()
                || entry.document().strip().length() > DOCUMENT_LENGTH) {
            throw new RuleViolationException("shelter.error.document");
        }
        boolean contract = entry.contractNumber() != null && !entry.contractNumber().isBlank();
        if (entry.source() == AllocationSource.STATE_SOCIAL_ORDER && !contract) {
            throw new RuleViolationException("shelter.error.contract-required");
        }
        Allocation allocation = new Allocation();
        allocation.shelterId = shelter.id();
        allocation.year = entry.year();
        allocation.source = entry.source();
        allocation.contractNumber = contract ? entry.contractNumber().strip() : null;
        allocation.amountKzt = entry.amountKzt();
        allocation.kztPerUsd = entry.kztPerUsd();
        allocation.document = entry.document().strip();
        allocation.correctsId = corrects;
        allocation.recordedBy = by;
        allocation.recordedAt = now;
        return allocation;
    }

    /** The amount in US dollars at the allocation's rate, to the dollar. */
    long amountUsd() {
        return BigDecimal.valueOf(amountKzt).divide(kztPerUsd, 0, RoundingMode.HALF_UP).longValueExact();
    }

    Long id() {
        return id;
    }

    long shelterId() {
        return shelterId;
    }

    int year() {
        return year;
    }

    AllocationSource source() {
        return source;
    }

    String contractNumber() {
        return contractNumber;
    }

    long amountKzt() {
        return amountKzt;
    }

    BigDecimal kztPerUsd() {
        return kztPerUsd;
    }

    String document() {
        return document;
    }

    Long correctsId() {
        return correctsId;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }
}
