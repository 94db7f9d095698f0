package kz.qorgau.referrals;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.RuleViolationException;

/** A service actually delivered to a victim: by which organisation, from / to, at what cost, paid by whom. */
@Table("referrals_service_episode")
class ServiceEpisode {

    @Id
    private Long id;
    private long victimId;
    private Long referralId;
    private long organisationId;
    private ServiceType service;
    private LocalDate startedOn;
    private LocalDate endedOn;
    private long costKzt;
    private FundingSource fundingSource;
    private String recordedBy;
    private Instant recordedAt;

    @PersistenceCreator
    ServiceEpisode() {
    }

    static ServiceEpisode record(long victimId, Long referralId, long organisationId, ServiceType service,
            LocalDate startedOn, LocalDate endedOn, Long costKzt, FundingSource fundingSource, String recordedBy,
            LocalDate today, Instant now) {
        if (service == null || fundingSource == null) {
            throw new RuleViolationException("service.error.incomplete");
        }
        if (startedOn == null || startedOn.isAfter(today)) {
            throw new RuleViolationException(startedOn == null ? "service.error.start-required"
                    : "service.error.future-date");
        }
        if (endedOn != null && endedOn.isBefore(startedOn)) {
            throw new RuleViolationException("service.error.period");
        }
        if (costKzt == null || costKzt < 0) {
            throw new RuleViolationException("service.error.cost");
        }
        ServiceEpisode episode = new ServiceEpisode();
        episode.victimId = victimId;
        episode.referralId = referralId;
        episode.organisationId = organisationId;
        episode.service = service;
        episode.startedOn = startedOn;
        episode.endedOn = endedOn;
        episode.costKzt = costKzt;
        episode.fundingSource = fundingSource;
        episode.recordedBy = recordedBy;
        episode.recordedAt = now;
        return episode;
    }

    /**
     * Ends a service recorded without its end (a shelter stay, which ends at discharge), with its cost: not before
     * it started, not in the future, not twice.
     */
    void end(LocalDate on, Long cost, LocalDate today) {
        if (endedOn != null) {
            throw new RuleViolationException("service.error.ended");
        }
        if (on == null || on.isAfter(today)) {
            throw new RuleViolationException(on == null ? "service.error.end-required" : "service.error.future-end");
        }
        if (on.isBefore(startedOn)) {
            throw new RuleViolationException("service.error.period");
        }
        if (cost == null || cost < 0) {
            throw new RuleViolationException("service.error.cost");
        }
        this.endedOn = on;
        this.costKzt = cost;
    }

    Long id() {
        return id;
    }

    long victimId() {
        return victimId;
    }

    Long referralId() {
        return referralId;
    }

    long organisationId() {
        return organisationId;
    }

    ServiceType service() {
        return service;
    }

    LocalDate startedOn() {
        return startedOn;
    }

    LocalDate endedOn() {
        return endedOn;
    }

    long costKzt() {
        return costKzt;
    }

    FundingSource fundingSource() {
        return fundingSource;
    }

    String recordedBy() {
        return recordedBy;
    }
}
