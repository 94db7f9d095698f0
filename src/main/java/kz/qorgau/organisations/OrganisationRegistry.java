package kz.qorgau.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.SqlLike;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/** Registers and maintains organisations; answers other modules' questions about them. */
@Service
public class OrganisationRegistry {

    private final Organisations organisations;
    private final Regions regions;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    OrganisationRegistry(Organisations organisations, Regions regions, AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.organisations = organisations;
        this.regions = regions;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> find(long id) {
        return organisations.findById(id).map(Organisation::summary);
    }

    @Transactional(readOnly = true)
    public OrganisationSummary get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("organisation.error.not-found"));
    }

    /** Active organisations, for choosing one in a form. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> active() {
        return jdbc.sql(SUMMARY + " where active order by name_ru").query(OrganisationRegistry::summary).list();
    }

    /** The active organisations of a type, by name, for choosing one in a form or a filter. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> active(OrganisationType type) {
        return jdbc.sql(SUMMARY + " where active and type = :type order by name_ru").param("type", type.name())
                .query(OrganisationRegistry::summary).list();
    }

    /**
     * The active organisations of a type in these regions and the national ones (no region), the national first and
     * then by region and name: what a regional user may choose among.
     */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> active(OrganisationType type, Collection<RegionCode> regions) {
        return jdbc.sql(SUMMARY + " " + """
                where active and type = :type and (region_code is null or region_code in (:regions))
                order by region_code nulls first, name_ru""")
                .param("type", type.name())
                .param("regions", regions.isEmpty() ? List.of("") : regions.stream().map(RegionCode::value).toList())
                .query(OrganisationRegistry::summary).list();
    }

    /** Active organisations by id, for naming them in lists. */
    @Transactional(readOnly = true)
    public Map<Long, OrganisationSummary> activeById() {
        Map<Long, OrganisationSummary> byId = new LinkedHashMap<>();
        active().forEach(organisation -> byId.put(organisation.id(), organisation));
        return byId;
    }

    /** The organisations with these ids, active or not, by id (for naming those a record refers to). */
    @Transactional(readOnly = true)
    public Map<Long, OrganisationSummary> findAll(Collection<Long> ids) {
        Map<Long, OrganisationSummary> byId = new HashMap<>();
        organisations.findAllById(ids).forEach(organisation -> byId.put(organisation.id(), organisation.summary()));
        return byId;
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> findByName(String nameRu) {
        return jdbc.sql("select id from organisations_organisation where lower(name_ru) = lower(:name)")
                .param("name", nameRu.strip())
                .query(Long.class).optional().flatMap(this::find);
    }

    @Transactional(readOnly = true)
    public Page<OrganisationSummary> search(OrganisationSearch search, Pageable pageable) {
        StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        Map<String, Object> params = new HashMap<>();
        if (search.text() != null && !search.text().isBlank()) {
            where.add("(name_ru ilike :text or name_kk ilike :text or name_en ilike :text)");
            params.put("text", SqlLike.containing(search.text()));
        }
        if (search.type() != null) {
            where.add("type = :type");
            params.put("type", search.type().name());
        }
        if (search.region() != null && !search.region().isBlank()) {
            if ("national".equals(search.region())) {
                where.add("region_code is null");
            } else {
                where.add("region_code = :region");
                params.put("region", search.region());
            }
        }
        if (search.active() != null) {
            where.add("active = :active");
            params.put("active", search.active());
        }
        long total = jdbc.sql("select count(*) from organisations_organisation" + where).params(params)
                .query(Long.class).single();
        List<OrganisationSummary> page = jdbc.sql(SUMMARY + where
                + " order by active desc, name_ru limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(OrganisationRegistry::summary).list();
        return new PageImpl<>(page, pageable, total);
    }

    @Requires(Permission.ADMINISTER_ORGANISATIONS)
    @Transactional
    public OrganisationSummary register(OrganisationDetails details) {
        check(null, details);
        Organisation organisation = organisations.save(Organisation.register(details, clock.instant()));
        audit.record(AuditEvent.of("ORGANISATION_CREATED", "organisation", organisation.id())
                .withDetails(withoutNulls(organisation.describe())));
        return organisation.summary();
    }

    @Requires(Permission.ADMINISTER_ORGANISATIONS)
    @Transactional
    public OrganisationSummary update(long id, OrganisationDetails details) {
        Organisation organisation = load(id);
        check(id, details);
        Map<String, String> changes = organisation.change(details, clock.instant());
        if (!changes.isEmpty()) {
            organisations.save(organisation);
            audit.record(AuditEvent.of("ORGANISATION_UPDATED", "organisation", id).withDetails(changes));
        }
        return organisation.summary();
    }

    @Requires(Permission.ADMINISTER_ORGANISATIONS)
    @Transactional
    public void deactivate(long id) {
        Organisation organisation = load(id);
        organisation.deactivate(clock.instant());
        organisations.save(organisation);
        audit.record(AuditEvent.of("ORGANISATION_DEACTIVATED", "organisation", id));
    }

    @Requires(Permission.ADMINISTER_ORGANISATIONS)
    @Transactional
    public void activate(long id) {
        Organisation organisation = load(id);
        organisation.activate(clock.instant());
        organisations.save(organisation);
        audit.record(AuditEvent.of("ORGANISATION_ACTIVATED", "organisation", id));
    }

    /** The organisations with these ids, in the order given. */
    /** The columns of a summary, read straight into it (lists and menus name many organisations on every page). */
    private static final String SUMMARY = "select id, name_ru, name_kk, name_en, type, region_code, parent_id, active"
            + " from organisations_organisation";

    private static OrganisationSummary summary(ResultSet rs, int row) throws SQLException {
        String region = rs.getString("region_code");
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new OrganisationSummary(rs.getLong("id"), rs.getString("name_ru"), rs.getString("name_kk"),
                rs.getString("name_en"), OrganisationType.valueOf(rs.getString("type")),
                region == null ? null : new RegionCode(region), parentId, rs.getBoolean("active"));
    }

    private Organisation load(long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFoundException("organisation.error.not-found"));
    }

    private void check(Long id, OrganisationDetails details) {
        RegionCode region = details.region();
        if (region != null && !regions.existsToday(region)) {
            throw new RuleViolationException("organisation.error.unknown-region", region.value());
        }
        findByName(details.nameRu()).filter(existing -> id == null || existing.id() != id).ifPresent(existing -> {
            throw new RuleViolationException("organisation.error.duplicate-name");
        });
        if (details.parentId() != null) {
            Set<Long> seen = new HashSet<>();
            Long ancestor = details.parentId();
            while (ancestor != null) {
                if (ancestor.equals(id) || !seen.add(ancestor)) {
                    throw new RuleViolationException("organisation.error.parent-cycle");
                }
                ancestor = organisations.findById(ancestor)
                        .orElseThrow(() -> new RuleViolationException("organisation.error.unknown-parent"))
                        .parentId();
            }
        }
    }

    private static Map<String, String> withoutNulls(Map<String, String> fields) {
        Map<String, String> present = new HashMap<>();
        fields.forEach((key, value) -> {
            if (value != null) {
                present.put(key, value);
            }
        });
        return present;
    }
}
