package kz.qorgau.agencies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.Bin;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RandomReference;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Today;
import kz.qorgau.system.FieldEncryption;
import kz.qorgau.system.References;

/**
 * Informal intermediaries: whoever works with the register reports a person or a company met recruiting without a
 * licence, naming the source (a complaint of the register, or an inspection, a case or a call the user may open). The
 * same intermediary reported again, by anyone, is the same row: a company by its BIN, otherwise by its normalised name
 * ({@link IntermediaryName}) under a keyed index. A person's name is personal data: read by the licensing authority,
 * investigators and the organisations that reported the person; others see that a person was reported, how often and
 * for what. A source shows its reference only to those who may open it.
 */
@Service
public class IntermediaryBook {

    private static final String NAME_CONTEXT = "agencies.intermediary";

    private final Intermediaries intermediaries;
    private final Complaints complaints;
    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final References references;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    IntermediaryBook(Intermediaries intermediaries, Complaints complaints, JdbcClient jdbc,
            FieldEncryption encryption, References references, AuditTrail audit, Clock clock, Today today) {
        this.intermediaries = intermediaries;
        this.complaints = complaints;
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.references = references;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /** Records the report; answers the intermediary's id (an existing one where it is the same intermediary). */
    @Requires(Permission.AGENCIES)
    @Transactional
    public long report(AgencyCommands.IntermediaryReport report) {
        QorgauUser user = QorgauUser.required();
        InvalidFieldException.refuseFirst(report.errors(today.date()));
        String sourceReference = null;
        if (report.source() == ReportSource.COMPLAINT) {
            complaints.findById(report.complaintId()).orElseThrow(() -> new InvalidFieldException("sourceReference",
                    "intermediary.error.source-not-found"));
        } else {
            sourceReference = References.normalised(report.sourceReference());
            String page = references.open(sourceReference).orElseThrow(() -> new InvalidFieldException(
                    "sourceReference", "intermediary.error.source-not-found"));
            if (ReportSource.ofPage(page) != report.source()) {
                throw new InvalidFieldException("sourceReference", "intermediary.error.source-not-found");
            }
        }
        Bin bin = report.bin() == null || report.bin().isBlank() ? null : Bin.of(report.bin());
        Intermediary intermediary = same(report.kind(), bin, nameKey(report.name())).orElseGet(() -> intermediaries
                .save(Intermediary.first(RandomReference.unused('N', intermediaries::existsByReference), report.kind(),
                        bin, nameKey(report.name()), encryption.encrypt(report.name().strip(), NAME_CONTEXT), clock
                                .instant())));
        jdbc.sql("insert into agencies_intermediary_report (intermediary_id, organisation_id, reported_on, source,"
                + " complaint_id, source_reference, activities, region, recorded_by, recorded_at) values (?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?)").params(intermediary.id(), user.organisationId(), report.reportedOn(), report
                        .source().name(), report.source() == ReportSource.COMPLAINT ? report.complaintId() : null,
                        sourceReference, report.activities().stream().sorted().map(Enum::name).toArray(String[]::new),
                        report.region() == null ? null : report.region().value(), user.getUsername(), Timestamp.from(
                                clock.instant()))
                .update();
        audit.record(AuditEvent.of("INTERMEDIARY_REPORTED", "intermediary", intermediary.id()).with("source", report
                .source()).with("reference", intermediary.reference()));
        return intermediary.id();
    }

    /**
     * The intermediary already known as this one: a company with the BIN (or, without a BIN on record, the same
     * name, which the BIN then completes); without a BIN, the same kind and name, or the one company of that name
     * known by its BIN.
     */
    private Optional<Intermediary> same(IntermediaryKind kind, Bin bin, String nameKey) {
        if (bin != null) {
            Optional<Intermediary> byBin = intermediaries.findByBin(bin.value());
            if (byBin.isPresent()) {
                return byBin;
            }
            Optional<Intermediary> byName = intermediaries.findByKindAndNameKeyAndBinIsNull(kind, nameKey);
            byName.ifPresent(found -> {
                found.knownBy(bin);
                intermediaries.save(found);
            });
            return byName;
        }
        Optional<Intermediary> byName = intermediaries.findByKindAndNameKeyAndBinIsNull(kind, nameKey);
        if (byName.isPresent() || kind != IntermediaryKind.COMPANY) {
            return byName;
        }
        List<Long> withBin = jdbc.sql("select id from agencies_intermediary where kind = 'COMPANY' and name_key = ?"
                + " and bin is not null limit 2").param(nameKey).query(Long.class).list();
        return withBin.size() == 1 ? intermediaries.findById(withBin.getFirst()) : Optional.empty();
    }

    private String nameKey(String name) {
        return encryption.blindIndex("INTERMEDIARY_NAME", IntermediaryName.normalised(name));
    }

    /**
     * The intermediaries, most reported first, or those that the text names exactly: a reference, a BIN, or a name
     * (in its normal form, since names are sealed).
     */
    @Requires(Permission.AGENCIES)
    @Transactional(readOnly = true)
    public PageResponse<AgencyViews.IntermediaryRow> page(String text, Pageable pageable) {
        QorgauUser user = QorgauUser.required();
        String typed = text == null ? "" : text.strip();
        String where = typed.isEmpty() ? "true"
                : "(m.reference = :reference or m.bin = :bin or m.name_key = :key)";
        String key = typed.isEmpty() ? "" : nameKey(typed);
        long total = jdbc.sql("select count(*) from agencies_intermediary m where " + where).param("reference",
                References.normalised(typed)).param("bin", typed.replaceAll("[\\s-]", "")).param("key", key).query(
                        Long.class).single();
        List<AgencyViews.IntermediaryRow> rows = jdbc.sql("select m.id, m.reference, m.kind, m.bin, m.name,"
                + " count(r.id) as reports, min(r.reported_on) as first_on, max(r.reported_on) as last_on,"
                + " bool_or(r.organisation_id = :org) as own"
                + " from agencies_intermediary m join agencies_intermediary_report r on r.intermediary_id = m.id"
                + " where " + where + " group by m.id order by count(r.id) desc, max(r.reported_on) desc, m.id"
                + " limit :limit offset :offset").param("reference", References.normalised(typed)).param("bin", typed
                        .replaceAll("[\\s-]", "")).param("key", key).param("org", user.organisationId()).param("limit",
                                pageable.getPageSize()).param("offset", pageable.getOffset()).query((rs, n) -> {
                                    IntermediaryKind kind = IntermediaryKind.valueOf(rs.getString("kind"));
                                    return new AgencyViews.IntermediaryRow(rs.getLong("id"), rs.getString(
                                            "reference"), kind, rs.getString("bin"), name(user, kind, rs.getBoolean(
                                                    "own"), rs.getBytes("name")), rs.getInt("reports"), rs.getObject(
                                                            "first_on", LocalDate.class), rs.getObject("last_on",
                                                                    LocalDate.class));
                                }).list();
        return PageResponse.of(rows, pageable, total);
    }

    /** The intermediary with its reports, latest first. */
    @Requires(Permission.AGENCIES)
    @Transactional(readOnly = true)
    public AgencyViews.IntermediaryPage intermediary(long id) {
        QorgauUser user = QorgauUser.required();
        Intermediary intermediary = intermediaries.findById(id).orElseThrow(() -> new NotFoundException(
                "intermediary.error.not-found"));
        List<AgencyViews.IntermediaryReport> reports = jdbc.sql("select r.id, r.reported_on, r.source, r.complaint_id,"
                + " c.agency_id, r.source_reference, r.activities, r.region, r.organisation_id"
                + " from agencies_intermediary_report r left join agencies_complaint c on c.id = r.complaint_id"
                + " where r.intermediary_id = ? order by r.reported_on desc, r.id desc").param(id).query(
                        this::reportRow).list();
        boolean own = reports.stream().anyMatch(report -> report.organisationId() == user.organisationId());
        String name = name(user, intermediary.kind(), own, intermediary.name());
        return new AgencyViews.IntermediaryPage(intermediary.id(), intermediary.reference(), intermediary.kind(),
                intermediary.bin(), name, reports);
    }

    private AgencyViews.IntermediaryReport reportRow(ResultSet rs, int n) throws SQLException {
        Set<IntermediaryActivity> activities = EnumSet.noneOf(IntermediaryActivity.class);
        Arrays.stream((String[]) rs.getArray("activities").getArray()).map(IntermediaryActivity::valueOf).forEach(
                activities::add);
        String reference = rs.getString("source_reference");
        String page = reference == null ? null : references.open(reference).orElse(null);
        String region = rs.getString("region");
        return new AgencyViews.IntermediaryReport(rs.getLong("id"), rs.getObject("reported_on", LocalDate.class),
                ReportSource.valueOf(rs.getString("source")), (Long) rs.getObject("agency_id"), page == null ? null
                        : reference, page, activities, region == null ? null : RegionCode.of(region), rs.getLong(
                                "organisation_id"));
    }

    /** The name, where the user may read it: a company's always; a person's as the class says; otherwise null. */
    private String name(QorgauUser user, IntermediaryKind kind, boolean reportedByOwn, byte[] sealed) {
        boolean reads = kind == IntermediaryKind.COMPANY || reportedByOwn || user.may(Permission.AGENCIES_LICENSE)
                || user.may(Permission.CASES_INVESTIGATE);
        return reads ? encryption.decrypt(sealed, NAME_CONTEXT) : null;
    }
}
