package kz.qorgau.shelters;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import kz.qorgau.referrals.FundingSource;
import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.RegionCode;

/** What the users of the shelters module ask for. */
public final class ShelterCommands {

    /** The languages a shelter's staff may speak with a victim (ISO 639-1). */
    public static final Set<String> LANGUAGES = Set.of("kk", "ru", "en", "uz", "ky", "tg", "tk", "zh");

    private ShelterCommands() {
    }

    /** A shelter or crisis centre entered in the register, run by the organisation. */
    public record Registration(Long organisationId, String name, ShelterKind kind, RegionCode region, String district,
            Settlement settlement, String address, Set<ServiceType> services, Set<String> languages,
            boolean accessible, LocalDate openedOn) {

        public Registration {
            services = services == null ? Set.of() : Set.copyOf(services);
            languages = languages == null ? Set.of() : Set.copyOf(languages);
        }

        /** Every refusal of the registration at once, by field, in the order of the form. */
        public Map<String, String> errors(LocalDate today) {
            Map<String, String> errors = new LinkedHashMap<>();
            if (organisationId == null) {
                errors.put("organisationId", "shelter.error.operator-required");
            }
            if (name == null || name.isBlank()) {
                errors.put("name", "shelter.error.name-required");
            } else if (name.strip().length() > Shelter.NAME_LENGTH) {
                errors.put("name", "shelter.error.name-too-long");
            }
            if (kind == null) {
                errors.put("kind", "shelter.error.kind-required");
            }
            if (region == null) {
                errors.put("region", "shelter.error.region-required");
            }
            if (district != null && district.strip().length() > Shelter.NAME_LENGTH) {
                errors.put("district", "shelter.error.district-too-long");
            }
            if (settlement == null) {
                errors.put("settlement", "shelter.error.settlement-required");
            }
            if (address == null || address.isBlank()) {
                errors.put("address", "shelter.error.address-required");
            } else if (address.strip().length() > Shelter.ADDRESS_LENGTH) {
                errors.put("address", "shelter.error.address-too-long");
            }
            if (!LANGUAGES.containsAll(languages)) {
                errors.put("languages", "shelter.error.language");
            }
            if (openedOn == null) {
                errors.put("openedOn", "shelter.error.opening-date-required");
            } else if (openedOn.isAfter(today)) {
                errors.put("openedOn", "shelter.error.future-date");
            }
            return errors;
        }
    }

    /** From the day on, the group has so many beds. */
    public record CapacityChange(BedGroup group, Integer beds, LocalDate effectiveFrom) {
    }

    /**
     * A victim admitted to a bed of the group: from a referral for shelter that the shelter's organisation accepted,
     * or a walk-in whose victim record the organisation keeps. The overflow reason is needed only when the group's
     * beds are all taken; the funding source is that of the stay's service episode.
     */
    public record Admission(Long victimId, Long referralId, BedGroup group, LocalDate admittedOn,
            OverflowReason overflowReason, FundingSource fundingSource) {
    }

    /** The end of a stay, with the stay's cost for its service episode. */
    public record Discharge(DischargeReason reason, LocalDate dischargedOn, Long costKzt) {
    }

    /** A decision extending the special social services period to nine months. */
    public record Extension(LocalDate decidedOn) {
    }

    /**
     * Money allocated to a shelter for a year: the source (a state social order with its contract number), the amount
     * in KZT, the exchange rate used to state it in USD (KZT for one USD) and the document it comes from.
     */
    public record AllocationEntry(Integer year, AllocationSource source, String contractNumber, Long amountKzt,
            BigDecimal kztPerUsd, String document) {
    }

    /** The day a shelter closed. */
    public record Closing(LocalDate closedOn) {
    }
}
