package kz.qorgau.agencies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.SqlLike;
import kz.qorgau.shared.Today;

/**
 * The register's reads: a page of agencies by BIN or name, an agency with its decisions and sanctions, and the
 * public licence check. The register is national and its data public; who may decide is the licensing authority of
 * the agency's region.
 */
@Service
public class AgencyDirectory {

    /** The public check answers at most this many agencies. */
    static final int PUBLIC_MATCHES = 20;
    /** A warning, a fine or a referral to the police counts as in force for a year from its day. */
    static final int MONTHS_IN_FORCE = 12;

    private static final String COLUMNS = "a.id, a.reference, a.bin, a.name_ru, a.name_kk, a.name_en, a.region,"
            + " a.licence_number, a.licence_issued_on, a.licence_expires_on, a.legal_address, a.placements,"
            + " a.countries";

    private final JdbcClient jdbc;
    private final LicenceDecisions decisions;
    private final Today today;

    AgencyDirectory(JdbcClient jdbc, LicenceDecisions decisions, Today today) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.today = today;
    }

    /** The agencies whose BIN, name or licence number holds the text (all without one), by name. */
    @Requires(Permission.AGENCIES)
    @Transactional(readOnly = true)
    public PageResponse<AgencyViews.Row> page(String text, Pageable pageable) {
        String where = where(text);
        long total = jdbc.sql("select count(*) from agencies_agency a where " + where).params(params(text))
                .query(Long.class).single();
        List<Listed> listed = jdbc.sql("select " + COLUMNS + " from agencies_agency a where " + where
                + " order by lower(a.name_ru), a.id limit :limit offset :offset").params(params(text))
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset()).query(this::listed)
                .list();
        Map<Long, List<Licence.Decision>> decided = decisions.of(listed.stream().map(Listed::id).toList());
        LocalDate day = today.date();
        List<AgencyViews.Row> rows = listed.stream().map(agency -> {
            Licence licence = agency.licence(decided.getOrDefault(agency.id(), List.of()));
            return new AgencyViews.Row(agency.id(), agency.reference(), agency.bin(), agency.names(), RegionCode.of(
                    agency.region()),
                    agency.licenceNumber(), licence.on(day), licence.expiryOn(day));
        }).toList();
        return PageResponse.of(rows, pageable, total);
    }

    /** The agency with its licence's decisions and its sanctions. */
    @Requires(Permission.AGENCIES)
    @Transactional(readOnly = true)
    public Optional<AgencyViews.Agency> agency(long id) {
        return jdbc.sql("select " + COLUMNS + " from agencies_agency a where a.id = :id").param("id", id).query(
                this::listed).optional().map(agency -> {
                    List<Licence.Decision> decided = decisions.of(id);
                    Licence licence = agency.licence(decided);
                    LocalDate day = today.date();
                    List<AgencyViews.Decision> history = new ArrayList<>();
                    for (int i = 0; i < decided.size(); i++) {
                        Licence.Decision decision = decided.get(i);
                        history.add(new AgencyViews.Decision(i + 1, decision.kind(), decision.decidedOn(), decision
                                .expiresOn(), decision.body(), decision.document()));
                    }
                    boolean mayDecide = LicensingScope.licenses(QorgauUser.required(), agency.region());
                    return new AgencyViews.Agency(agency.id(), agency.reference(), agency.bin(), agency.names(), agency
                            .legalAddress(), RegionCode.of(agency.region()), agency.licenceNumber(), agency.issuedOn(),
                            licence.expiryOn(day), agency.placements(), agency.countries(), licence.on(day), history,
                            sanctions(id, decided, licence, day), mayDecide);
                });
    }

    /** Whether the public check searches the text: a BIN's 12 digits, or 3 characters of a name at least. */
    static boolean searchable(String text) {
        String typed = text == null ? "" : text.strip();
        return isBin(typed) || typed.length() >= 3;
    }

    private static boolean isBin(String typed) {
        return digits(typed).matches("\\d{12}");
    }

    private static String digits(String typed) {
        return typed.replaceAll("[\\s-]", "");
    }

    /**
     * The public licence check: the agencies with the BIN (12 digits) or whose name in any language holds the text
     * (3 characters at least), at most {@value #PUBLIC_MATCHES}, by name. Nothing but the licence and the sanctions in
     * force; no permission asked (the page is public).
     */
    @Transactional(readOnly = true)
    public List<AgencyViews.Public> check(String text) {
        if (!searchable(text)) {
            return List.of();
        }
        String typed = text.strip();
        String where = isBin(typed) ? "a.bin = :bin"
                : "(lower(a.name_ru) like :name or lower(a.name_kk) like :name or lower(a.name_en) like :name)";
        List<Listed> found = jdbc.sql("select " + COLUMNS + " from agencies_agency a where " + where
                + " order by lower(a.name_ru), a.id limit " + PUBLIC_MATCHES).param("bin", digits(typed))
                .param("name", SqlLike.containing(typed.toLowerCase())).query(this::listed).list();
        Map<Long, List<Licence.Decision>> decided = decisions.of(found.stream().map(Listed::id).toList());
        LocalDate day = today.date();
        return found.stream().map(agency -> {
            List<Licence.Decision> own = decided.getOrDefault(agency.id(), List.of());
            Licence licence = agency.licence(own);
            List<AgencyViews.PublicSanction> sanctions = sanctions(agency.id(), own, licence, day).stream()
                    .filter(AgencyViews.Sanction::inForce).map(sanction -> new AgencyViews.PublicSanction(sanction
                            .kind(), sanction.decidedOn(), sanction.body())).toList();
            return new AgencyViews.Public(agency.bin(), agency.names(), agency.region(), agency.licenceNumber(),
                    agency.issuedOn(), licence.expiryOn(day), licence.on(day), agency.placements(), agency
                            .countries(), sanctions);
        }).toList();
    }

    /**
     * The agency's sanctions, latest first, each with whether it is in force on the day: a revocation always; a
     * suspension while the licence is suspended by it (not reinstated since, nor revoked); a warning, a fine or a
     * referral to the police for {@value #MONTHS_IN_FORCE} months from its day.
     */
    private List<AgencyViews.Sanction> sanctions(long agencyId, List<Licence.Decision> decided, Licence licence,
            LocalDate day) {
        return jdbc.sql("select id, kind, decided_on, body, document, fine_kzt, violation, decision_seq"
                + " from agencies_sanction where agency_id = :id order by decided_on desc, id desc").param("id",
                        agencyId).query((rs, n) -> {
                            SanctionKind kind = SanctionKind.valueOf(rs.getString("kind"));
                            LocalDate on = rs.getDate("decided_on").toLocalDate();
                            int seq = rs.getInt("decision_seq");
                            boolean inForce = switch (kind) {
                                case REVOCATION -> licence.on(day) == LicenceStatus.REVOKED;
                                case SUSPENSION -> licence.on(day) == LicenceStatus.SUSPENDED && decided.subList(seq,
                                        decided.size()).stream().noneMatch(later -> later
                                                .kind() == DecisionKind.REINSTATED && !later.decidedOn().isAfter(day));
                                default -> !on.isAfter(day) && on.plusMonths(MONTHS_IN_FORCE).isAfter(day);
                            };
                            return new AgencyViews.Sanction(rs.getLong("id"), kind, on, rs.getString("body"), rs
                                    .getString("document"), (Long) rs.getObject("fine_kzt"), rs.getString("violation"),
                                    inForce);
                        }).list();
    }

    /** An agency's row as read for a list. */
    private record Listed(long id, String reference, String bin, AgencyViews.Names names, String region,
            String licenceNumber, LocalDate issuedOn, LocalDate expiresOn, String legalAddress,
            Set<Placement> placements, Set<String> countries) {

        Licence licence(List<Licence.Decision> decisions) {
            return new Licence(issuedOn, expiresOn, decisions);
        }
    }

    private Listed listed(ResultSet rs, int n) throws SQLException {
        Set<Placement> placements = EnumSet.noneOf(Placement.class);
        Arrays.stream((String[]) rs.getArray("placements").getArray()).map(Placement::valueOf).forEach(
                placements::add);
        return new Listed(rs.getLong("id"), rs.getString("reference"), rs.getString("bin"), new AgencyViews.Names(rs
                .getString("name_ru"), rs.getString("name_kk"), rs.getString("name_en")), rs.getString("region"), rs
                        .getString("licence_number"), rs.getObject("licence_issued_on", LocalDate.class), rs.getObject(
                                "licence_expires_on", LocalDate.class), rs.getString("legal_address"), placements,
                new TreeSet<>(Arrays.asList((String[]) rs.getArray("countries").getArray())));
    }

    private static String where(String text) {
        return text == null || text.isBlank() ? "true"
                : "(a.bin like :text or lower(a.name_ru) like :text or lower(coalesce(a.name_kk, '')) like :text"
                        + " or lower(coalesce(a.name_en, '')) like :text or lower(a.licence_number) like :text)";
    }

    private static Map<String, Object> params(String text) {
        return Map.of("text", text == null || text.isBlank() ? "" : SqlLike.containing(text.strip().toLowerCase()));
    }
}
