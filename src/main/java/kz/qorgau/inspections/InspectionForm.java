package kz.qorgau.inspections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.validation.BindingResult;

import kz.qorgau.shared.RegionCode;
import kz.qorgau.system.FormFields;
import kz.qorgau.victims.IloIndicator;
import kz.qorgau.victims.IsicSection;

/**
 * The inspection form as typed: every value is text, so that a malformed date, count or choice is an error on its
 * own field among the others, and what was typed stays. Rows of foreign workers by citizenship and of the
 * contracting chain are fixed in number ({@link #ROWS}); an empty row is left out.
 */
public class InspectionForm {

    /** The rows of foreign workers and of the contracting chain the form offers. */
    static final int ROWS = 3;

    /** A row of foreign workers: a citizenship and how many. */
    public static class ForeignRow {
        private String citizenship;
        private String workers;

        public String getCitizenship() {
            return citizenship;
        }

        public void setCitizenship(String citizenship) {
            this.citizenship = citizenship;
        }

        public String getWorkers() {
            return workers;
        }

        public void setWorkers(String workers) {
            this.workers = workers;
        }

        boolean empty() {
            return FormFields.blank(citizenship) && FormFields.blank(workers);
        }
    }

    /** A row of the contracting chain. */
    public static class ContractorRow {
        private String role;
        private String name;
        private String bin;
        private boolean informal;

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getBin() {
            return bin;
        }

        public void setBin(String bin) {
            this.bin = bin;
        }

        public boolean isInformal() {
            return informal;
        }

        public void setInformal(boolean informal) {
            this.informal = informal;
        }

        boolean empty() {
            return FormFields.blank(role) && FormFields.blank(name) && FormFields.blank(bin) && !informal;
        }
    }

    private String clientId;
    private String inspectors;
    private String startedOn;
    private String endedOn;
    private String employerBin;
    private String employerName;
    private String site;
    private String isicSection;
    private String region;
    private String district;
    private String settlement;
    private boolean remote;
    private boolean announced;
    private String trigger;
    private boolean moratorium;
    private String moratoriumExemption;
    private Set<String> participants = new LinkedHashSet<>();
    private String workers;
    private String workersWomen;
    private String workersMen;
    private String workersChildren;
    private String workersForeign;
    private List<ForeignRow> foreignWorkers = new ArrayList<>();
    private List<ContractorRow> contractors = new ArrayList<>();
    private Set<String> violations = new LinkedHashSet<>();
    private Set<String> indicators = new LinkedHashSet<>();

    /** An empty form, with its rows and a new client id (the same form sent twice is one inspection). */
    static InspectionForm blank() {
        InspectionForm form = new InspectionForm();
        form.clientId = UUID.randomUUID().toString();
        form.withRows();
        return form;
    }

    /** Pads the rows to {@link #ROWS}, so that the page always offers them. */
    InspectionForm withRows() {
        while (foreignWorkers.size() < ROWS) {
            foreignWorkers.add(new ForeignRow());
        }
        while (contractors.size() < ROWS) {
            contractors.add(new ContractorRow());
        }
        return this;
    }

    /** The recording the form holds, its malformed values marked on their fields (and left out). */
    InspectionCommands.Recording recording(BindingResult binding) {
        LocalDate started = FormFields.blank(startedOn) ? null : FormFields.date(binding, "startedOn", startedOn, null);
        LocalDate ended = FormFields.blank(endedOn) ? null : FormFields.date(binding, "endedOn", endedOn, null);
        InspectionSite chosenSite = FormFields.choice(binding, "site", InspectionSite.class, site, null);
        IsicSection sector = FormFields.choice(binding, "isicSection", IsicSection.class, isicSection, null);
        InspectionTrigger chosenTrigger = FormFields.choice(binding, "trigger", InspectionTrigger.class, trigger,
                null);
        List<InspectionCommands.ForeignWorkers> foreign = new ArrayList<>();
        for (int i = 0; i < foreignWorkers.size(); i++) {
            ForeignRow row = foreignWorkers.get(i);
            if (!row.empty()) {
                Long count = FormFields.number(binding, "foreignWorkers[" + i + "].workers", row.getWorkers(),
                        "inspection.error.citizenship-count");
                foreign.add(new InspectionCommands.ForeignWorkers(row.getCitizenship(), count == null ? null
                        : (int) Math.min(count, Integer.MAX_VALUE)));
            }
        }
        List<InspectionCommands.ContractorLine> chain = new ArrayList<>();
        for (ContractorRow row : contractors) {
            if (!row.empty()) {
                chain.add(new InspectionCommands.ContractorLine(FormFields.blank(row.getRole()) ? null : choice(
                        ContractorRole.class, row.getRole()), row.getName(), row.getBin(), row.isInformal()));
            }
        }
        return new InspectionCommands.Recording(FormFields.clientId(clientId), inspectors, started, ended, employerBin,
                employerName,
                chosenSite, sector, RegionCode.isValid(region) ? RegionCode.of(region) : null, district, settlement,
                remote, announced, chosenTrigger, moratorium, moratoriumExemption, choices(Participant.class,
                        participants), count(binding, "workers", workers), count(binding, "workersWomen",
                                workersWomen), count(binding, "workersMen", workersMen), count(binding,
                                        "workersChildren", workersChildren), count(binding, "workersForeign",
                                                workersForeign), foreign, chain, choices(LabourViolation.class,
                                                        violations), choices(IloIndicator.class, indicators));
    }

    private static Integer count(BindingResult binding, String field, String value) {
        Long count = FormFields.number(binding, field, value, null);
        return count == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(count, Integer.MAX_VALUE));
    }

    private static <E extends Enum<E>> Set<E> choices(Class<E> type, Set<String> names) {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : names == null ? Set.<String>of() : names) {
            E value = choice(type, name);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getInspectors() {
        return inspectors;
    }

    public void setInspectors(String inspectors) {
        this.inspectors = inspectors;
    }

    public String getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(String startedOn) {
        this.startedOn = startedOn;
    }

    public String getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(String endedOn) {
        this.endedOn = endedOn;
    }

    public String getEmployerBin() {
        return employerBin;
    }

    public void setEmployerBin(String employerBin) {
        this.employerBin = employerBin;
    }

    public String getEmployerName() {
        return employerName;
    }

    public void setEmployerName(String employerName) {
        this.employerName = employerName;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public String getIsicSection() {
        return isicSection;
    }

    public void setIsicSection(String isicSection) {
        this.isicSection = isicSection;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getSettlement() {
        return settlement;
    }

    public void setSettlement(String settlement) {
        this.settlement = settlement;
    }

    public boolean isRemote() {
        return remote;
    }

    public void setRemote(boolean remote) {
        this.remote = remote;
    }

    public boolean isAnnounced() {
        return announced;
    }

    public void setAnnounced(boolean announced) {
        this.announced = announced;
    }

    public String getTrigger() {
        return trigger;
    }

    public void setTrigger(String trigger) {
        this.trigger = trigger;
    }

    public boolean isMoratorium() {
        return moratorium;
    }

    public void setMoratorium(boolean moratorium) {
        this.moratorium = moratorium;
    }

    public String getMoratoriumExemption() {
        return moratoriumExemption;
    }

    public void setMoratoriumExemption(String moratoriumExemption) {
        this.moratoriumExemption = moratoriumExemption;
    }

    public Set<String> getParticipants() {
        return participants;
    }

    public void setParticipants(Set<String> participants) {
        this.participants = participants;
    }

    public String getWorkers() {
        return workers;
    }

    public void setWorkers(String workers) {
        this.workers = workers;
    }

    public String getWorkersWomen() {
        return workersWomen;
    }

    public void setWorkersWomen(String workersWomen) {
        this.workersWomen = workersWomen;
    }

    public String getWorkersMen() {
        return workersMen;
    }

    public void setWorkersMen(String workersMen) {
        this.workersMen = workersMen;
    }

    public String getWorkersChildren() {
        return workersChildren;
    }

    public void setWorkersChildren(String workersChildren) {
        this.workersChildren = workersChildren;
    }

    public String getWorkersForeign() {
        return workersForeign;
    }

    public void setWorkersForeign(String workersForeign) {
        this.workersForeign = workersForeign;
    }

    public List<ForeignRow> getForeignWorkers() {
        return foreignWorkers;
    }

    public void setForeignWorkers(List<ForeignRow> foreignWorkers) {
        this.foreignWorkers = foreignWorkers;
    }

    public List<ContractorRow> getContractors() {
        return contractors;
    }

    public void setContractors(List<ContractorRow> contractors) {
        this.contractors = contractors;
    }

    public Set<String> getViolations() {
        return violations;
    }

    public void setViolations(Set<String> violations) {
        this.violations = violations;
    }

    public Set<String> getIndicators() {
        return indicators;
    }

    public void setIndicators(Set<String> indicators) {
        this.indicators = indicators;
    }
}
