package kz.qorgau.shared;

/**
 * What a user may do (DESIGN.md §5). Roles grant permissions in one place,
 * {@code kz.qorgau.identity.Role}; every guard, navigation entry and "may" flag of a view asks for a
 * permission, never for a role. A permission opens a kind of work; which records it reaches is the
 * owning module's scope rule (region, organisation, court, grants), never widened by the permission.
 * <p>
 * The vocabulary lives here, beside the other value types every module uses, because modules below
 * {@code identity} (organisations, audit, system) guard their services with it too.
 */
public enum Permission {

    /** Sign in, the start page, one's own account, password, second factor and API tokens. */
    OWN_ACCOUNT,

    /**
     * The person registry: register persons, search it by exact identifiers, see the pseudonymous summary of
     * the persons one's records name. Personal data only where an access rule grants it.
     */
    PERSONS,

    /**
     * Review the possible duplicates among the persons registered by the organisations of one's regions (national
     * scope: all): see how far each field of a pair agrees, never either side's data; decide same person (merge),
     * different persons or unsure; undo a merge.
     */
    LINKAGE_REVIEW,
    /**
     * The privacy-preserving linkage, for organisations that do not share identities: submit one's organisation's
     * encodings (pseudonymous ids and CLKs made with a linkage secret Qorgau never holds), withdraw them, and read the
     * links of one's own records to other organisations' records. Never another organisation's encodings.
     */
    LINKAGE_SUBMIT,

    /** Criminal cases within one's case scope (read). */
    CASES,
    /** Case scope: the cases of one's regions (national scope: all). */
    CASES_OF_REGION,
    /** Case scope: the cases sent to one's court. */
    CASES_OF_COURT,
    /** Register cases and suspects; record the investigation's events (registered, suspended, resumed, terminated). */
    CASES_INVESTIGATE,
    /** Requalify a case, replace its summary, link victims to it (police and prosecutors). */
    CASES_QUALIFY,
    /** Record the prosecution's events: reopened, sent to court. */
    CASES_PROSECUTE,
    /** Record court outcomes: verdicts and appeals. */
    CASES_ADJUDICATE,

    /** Read special operations and requests for international cooperation (no personal data in them). */
    OPERATIONS,
    /** Record special operations. */
    OPERATIONS_RECORD,
    /** Record requests for international cooperation and their steps. */
    COOPERATION_RECORD,

    /** Screen and identify victims; work with the victim records within one's scope. */
    VICTIMS,
    /**
     * Law enforcement's part of a victim record: see the victims of the cases in one's scope (their
     * identity only with the victim's consent to share with law enforcement), link victims to cases, record
     * state protection. Never records the law-enforcement consent itself.
     */
    VICTIMS_OF_CASES,

    /** Send, answer and follow referrals of victims; record services delivered. */
    REFERRALS,

    /**
     * The shelters and crisis centres: those one's organisation runs (their beds, stays and calendar), or with
     * {@link #SHELTERS_OVERSEE} those of one's regions.
     */
    SHELTERS,
    /**
     * Oversee the shelters of one's regions (national scope: all): register them, read their beds and occupancy
     * (never who stays in them).
     */
    SHELTERS_OVERSEE,

    /**
     * Labour inspections: record one's inspectorate's inspections, their workers, violations and forced-labour
     * indicators, and notify the police of the indicators found.
     */
    INSPECTIONS,
    /**
     * The police's part of inspections: the notifications addressed to one's unit and their answer (registered in
     * ERDR, or refused); with {@link #SUPERVISE}, those of the inspections in one's regions.
     */
    INSPECTION_NOTIFICATIONS,
    /**
     * The removal proceedings of one's migration service: the decision, the person's trafficking screening before
     * removal (or why it could not be done) and the execution, refused before either.
     */
    REMOVALS,

    /**
     * The register of private employment agencies (read): every agency's licence, its decisions and sanctions. The
     * public licence check shows less to anyone without an account.
     */
    AGENCIES,
    /**
     * The licensing authority's part of the register: enter the agencies of one's regions (national scope: all),
     * decide on their licences and sanction their violations.
     */
    AGENCIES_LICENSE,
    /**
     * The hotline's calls and messages of one's own hotline: log them, follow them up (notify the police, link the
     * victim record and the referral they led to, or close them without action) and enter the hotline's funding.
     */
    HOTLINE,
    /**
     * The police's part of the hotline: the hotline's notifications addressed to one's unit and their answer
     * (registered in ERDR, or refused); with {@link #SUPERVISE}, those of the calls of one's regions.
     */
    HOTLINE_NOTIFICATIONS,

    /**
     * The yearly figures that no record yields (the police's anti-trafficking officers, the population): enter a year's
     * value with its document, and approve a colleague's entry (never one's own).
     */
    AGGREGATES,
    /**
     * Prevention and coordination (read and record): the coordination bodies with their members, meetings and the
     * follow-up of their decisions, trainings, campaigns, the National Action Plan with its progress reports, and the
     * legislation and policy milestones. No personal data, but not public.
     */
    PREVENTION,

    /** De-identified statistics: the catalogue, the annual report and its aggregate downloads. */
    STATISTICS,
    /**
     * Publish the annual report of a year as an edition (a frozen snapshot, its PDF and XLSX kept as published), and
     * a revision of it as the next edition; only together with {@link #STATISTICS}.
     */
    STATISTICS_PUBLISH,
    /** Download record-level (k-anonymised) exports, such as CTDC; only together with {@link #STATISTICS}. */
    EXPORT_RECORDS,
    /**
     * Import persons and victim records in bulk (the exchange format), registered as the user's organisation's; only
     * together with {@link #VICTIMS} and {@link #PERSONS}, which the import uses record by record.
     */
    IMPORT_RECORDS,
    /**
     * The transnational referral mechanism: refer a victim of one's scope to another country's system (a peer), with
     * the victim's consent to that transfer to that country and only the data its purpose needs, and follow its
     * answers; answer the referrals the peers send to this country (the first to answer takes one for one's
     * organisation) and track the return. Only together with {@link #VICTIMS} and {@link #REFERRALS}.
     */
    REFER_ABROAD,

    /** Administer user accounts. */
    ADMINISTER_USERS,
    /** Administer organisations and their provider profiles. */
    ADMINISTER_ORGANISATIONS,
    /** Swagger UI, the interactive API documentation. */
    API_DOCUMENTATION,

    /** Read and verify the audit trail, and the break-the-glass grants. */
    AUDIT,

    /**
     * Open a record outside one's scope for a stated reason and a limited time ("break the glass",
     * DESIGN.md §1): the supervisor is told, every read is audited.
     */
    BREAK_GLASS,

    /** Oversee one's team: notified when a member breaks the glass, and the list of their grants. */
    SUPERVISE;

    /** The Spring Security authority that stands for the permission. */
    public String authority() {
        return "PERMISSION_" + name();
    }
}
