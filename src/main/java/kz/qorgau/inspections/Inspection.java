package kz.qorgau.inspections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.Bin;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.victims.IloIndicator;
import kz.qorgau.victims.IsicSection;

/**
 * A labour inspection as recorded: the inspectorate and its inspectors, the dates, the employer (BIN where it has
 * one), the site, sector and place (remote or not), whether it was announced and what brought it about, a
 * moratorium and the exemption used, who else took part; the workers checked (by sex, children, foreign workers by
 * citizenship), the contracting chain, the violations found and the ILO forced-labour indicators observed for a group
 * of workers. Recorded once, whole; the notification to the police is an aggregate of its own
 * ({@link PoliceNotification}).
 */
@Table("inspections_inspection")
class Inspection {

    @Id
    private Long id;
    private String reference;
    private long organisationId;
    private String inspectors;
    private LocalDate startedOn;
    private LocalDate endedOn;
    private String employerBin;
    private String employerName;
    private InspectionSite site;
    private String isicSection;
    private String region;
    private String district;
    private String settlement;
    private boolean remote;
    private boolean announced;
    private InspectionTrigger trigger;
    private boolean moratorium;
    private String moratoriumExemption;
    private String[] participants;
    private int workers;
    private int workersWomen;
    private int workersMen;
    private int workersChildren;
    private int workersForeign;
    @MappedCollection(idColumn = "inspection_id")
    private Set<ForeignWorkersEntry> foreignWorkers = new HashSet<>();
    @MappedCollection(idColumn = "inspection_id", keyColumn = "seq")
    private List<Contractor> contractors = new ArrayList<>();
    private String[] violations;
    private String[] iloIndicators;
    private UUID clientId;
    private String recordedBy;
    private Instant recordedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Inspection() {
    }

    /** The inspection recorded by the inspectorate; refused, with the first wrong field, when anything is wrong. */
    static Inspection record(String reference, long organisationId, InspectionCommands.Recording recording, String by,
            LocalDate today, Instant now) {
        InvalidFieldException.refuseFirst(recording.errors(today));
        Inspection inspection = new Inspection();
        inspection.reference = reference;
        inspection.organisationId = organisationId;
        inspection.inspectors = recording.inspectors().strip();
        inspection.startedOn = recording.startedOn();
        inspection.endedOn = recording.endedOn();
        inspection.employerBin = InspectionCommands.blank(recording.employerBin()) ? null
                : Bin.of(recording.employerBin()).value();
        inspection.employerName = recording.employerName().strip();
        inspection.site = recording.site();
        inspection.isicSection = recording.isicSection() == null ? null : recording.isicSection().name();
        inspection.region = recording.region().value();
        inspection.district = stripped(recording.district());
        inspection.settlement = stripped(recording.settlement());
        inspection.remote = recording.remote();
        inspection.announced = recording.announced();
        inspection.trigger = recording.trigger();
        inspection.moratorium = recording.moratorium();
        inspection.moratoriumExemption = stripped(recording.moratoriumExemption());
        inspection.participants = names(recording.participants());
        inspection.workers = recording.workers();
        inspection.workersWomen = recording.workersWomen();
        inspection.workersMen = recording.workersMen();
        inspection.workersChildren = recording.workersChildren();
        inspection.workersForeign = recording.workersForeign();
        recording.foreignWorkers().forEach(line -> inspection.foreignWorkers.add(new ForeignWorkersEntry(line
                .citizenship().strip().toUpperCase(Locale.ROOT), line.workers())));
        recording.contractors().forEach(line -> inspection.contractors.add(new Contractor(line.role(), stripped(line
                .name()), InspectionCommands.blank(line.bin()) ? null : Bin.of(line.bin()).value(), line
                        .informal())));
        inspection.violations = names(recording.violations());
        inspection.iloIndicators = names(recording.indicators());
        inspection.clientId = recording.clientId();
        inspection.recordedBy = by;
        inspection.recordedAt = now;
        return inspection;
    }

    /** Whether any ILO forced-labour indicator was observed: then the inspector notifies the police. */
    boolean indicatorsFound() {
        return iloIndicators.length > 0;
    }

    private static String stripped(String value) {
        return InspectionCommands.blank(value) ? null : value.strip();
    }

    private static String[] names(Set<? extends Enum<?>> values) {
        return values.stream().sorted(Comparator.comparing(Enum::ordinal)).map(Enum::name).toArray(String[]::new);
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

    String inspectors() {
        return inspectors;
    }

    LocalDate startedOn() {
        return startedOn;
    }

    LocalDate endedOn() {
        return endedOn;
    }

    String employerBin() {
        return employerBin;
    }

    String employerName() {
        return employerName;
    }

    InspectionSite site() {
        return site;
    }

    IsicSection isicSection() {
        return isicSection == null ? null : IsicSection.valueOf(isicSection);
    }

    RegionCode region() {
        return new RegionCode(region);
    }

    String district() {
        return district;
    }

    String settlement() {
        return settlement;
    }

    boolean remote() {
        return remote;
    }

    boolean announced() {
        return announced;
    }

    InspectionTrigger trigger() {
        return trigger;
    }

    boolean moratorium() {
        return moratorium;
    }

    String moratoriumExemption() {
        return moratoriumExemption;
    }

    Set<Participant> participants() {
        return enums(Participant.class, participants);
    }

    int workers() {
        return workers;
    }

    int workersWomen() {
        return workersWomen;
    }

    int workersMen() {
        return workersMen;
    }

    int workersChildren() {
        return workersChildren;
    }

    int workersForeign() {
        return workersForeign;
    }

    /** The foreign workers by citizenship, largest first. */
    List<ForeignWorkersEntry> foreignWorkers() {
        return foreignWorkers.stream().sorted(Comparator.comparing(ForeignWorkersEntry::workers).reversed()
                .thenComparing(ForeignWorkersEntry::citizenship)).toList();
    }

    List<Contractor> contractors() {
        return List.copyOf(contractors);
    }

    Set<LabourViolation> violations() {
        return enums(LabourViolation.class, violations);
    }

    Set<IloIndicator> indicators() {
        return enums(IloIndicator.class, iloIndicators);
    }

    UUID clientId() {
        return clientId;
    }

    String recordedBy() {
        return recordedBy;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String[] names) {
        Set<E> values = EnumSet.noneOf(type);
        Arrays.stream(names).map(name -> Enum.valueOf(type, name)).forEach(values::add);
        return values;
    }
}
