package kz.qorgau.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import kz.qorgau.ModuleDatabase;
import kz.qorgau.audit.AuditAssertions;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.system.SystemActor;

/**
 * The organisations module with the modules it uses (audit, system), on a database of its own: registering,
 * changing and deactivating organisations under their rules, each change audited, and the region dictionary.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ModuleDatabase
class OrganisationsModuleTests {

    static final AtomicInteger SERIAL = new AtomicInteger();

    final OrganisationRegistry registry;
    final Regions regions;
    final AuditAssertions audit;

    OrganisationsModuleTests(OrganisationRegistry registry, Regions regions, JdbcClient jdbc) {
        this.registry = registry;
        this.regions = regions;
        this.audit = new AuditAssertions(jdbc);
    }

    static OrganisationDetails details(OrganisationType type, String region, Long parent) {
        return new OrganisationDetails("Организация " + SERIAL.incrementAndGet(), "Ұйым", "Organisation", type,
                region == null ? null : new RegionCode(region), parent);
    }

    OrganisationSummary register(OrganisationDetails details) {
        return SystemActor.call(() -> registry.register(details));
    }

    @Test
    void theDatabaseStartsWithoutDemoOrganisations() {
        assertThat(registry.findByName(DemoOrganisations.OPERATOR)).isEmpty();
    }

    @Test
    void aRegisteredOrganisationIsActiveFoundByNameAndItsRegistrationAudited() {
        OrganisationSummary shelter = register(details(OrganisationType.SHELTER, "KZ-75", null));

        assertThat(shelter.active()).isTrue();
        assertThat(shelter.region()).isEqualTo(new RegionCode("KZ-75"));
        assertThat(shelter.national()).isFalse();
        assertThat(registry.findByName(shelter.nameRu())).contains(shelter);
        assertThat(registry.active()).contains(shelter);
        AuditAssertions.Entry entry = audit.record("organisation", shelter.id()).last();
        assertThat(entry.action()).isEqualTo("ORGANISATION_CREATED");
        assertThat(entry.actor()).isEqualTo(SystemActor.NAME);
        assertThat(entry.clearDetails()).containsEntry("type", "SHELTER");
    }

    @Test
    void aNameIsTakenOnceAndARegionMustExist() {
        OrganisationSummary court = register(details(OrganisationType.COURT, "KZ-75", null));

        assertThatThrownBy(() -> register(new OrganisationDetails(court.nameRu(), null, null, OrganisationType.NGO,
                null, null))).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("organisation.error.duplicate-name");
        assertThatThrownBy(() -> register(details(OrganisationType.NGO, "KZ-99", null)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("organisation.error.unknown-region");
        assertThat(audit.action("ORGANISATION_CREATED").count()).isEqualTo(registry.search(
                OrganisationSearch.any(), PageRequest.of(0, 1000)).getTotalElements());
    }

    @Test
    void noOrganisationBecomesItsOwnAncestor() {
        OrganisationSummary ministry = register(details(OrganisationType.POLICE_UNIT, null, null));
        OrganisationSummary department = register(details(OrganisationType.POLICE_UNIT, "KZ-75", ministry.id()));
        OrganisationDetails underItsChild = new OrganisationDetails(ministry.nameRu(), null, null,
                OrganisationType.POLICE_UNIT, null, department.id());

        assertThatThrownBy(() -> SystemActor.call(() -> registry.update(ministry.id(), underItsChild)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("organisation.error.parent-cycle");
        assertThatThrownBy(() -> register(details(OrganisationType.POLICE_UNIT, null, 987_654_321L)))
                .hasMessageContaining("organisation.error.unknown-parent");
        assertThat(registry.get(ministry.id()).parentId()).isNull();
        assertThat(audit.record("organisation", ministry.id()).actions()).containsExactly("ORGANISATION_CREATED");
    }

    @Test
    void aChangeIsAuditedFieldByFieldAndNoChangeIsNotAudited() {
        OrganisationDetails original = details(OrganisationType.HOTLINE, null, null);
        OrganisationSummary hotline = register(original);
        OrganisationDetails moved = new OrganisationDetails(original.nameRu(), original.nameKk(), original.nameEn(),
                OrganisationType.HOTLINE, new RegionCode("KZ-71"), null);

        OrganisationSummary changed = SystemActor.call(() -> registry.update(hotline.id(), moved));
        SystemActor.call(() -> registry.update(hotline.id(), moved));

        assertThat(changed.region()).isEqualTo(new RegionCode("KZ-71"));
        assertThat(audit.record("organisation", hotline.id()).actions())
                .containsExactly("ORGANISATION_CREATED", "ORGANISATION_UPDATED");
        assertThat(audit.action("ORGANISATION_UPDATED").record("organisation", hotline.id()).last().clearDetails())
                .hasSize(1).containsEntry("region", "null -> KZ-71");
    }

    @Test
    void aDeactivatedOrganisationLeavesTheActiveListUntilActivatedAgain() {
        OrganisationSummary ngo = register(details(OrganisationType.NGO, "KZ-19", null));

        SystemActor.run(() -> registry.deactivate(ngo.id()));
        assertThat(registry.get(ngo.id()).active()).isFalse();
        assertThat(registry.activeById()).doesNotContainKey(ngo.id());

        SystemActor.run(() -> registry.activate(ngo.id()));
        assertThat(registry.activeById()).containsKey(ngo.id());
        assertThat(audit.record("organisation", ngo.id()).actions())
                .containsExactly("ORGANISATION_CREATED", "ORGANISATION_DEACTIVATED", "ORGANISATION_ACTIVATED");
    }

    @Test
    void theRegionDictionaryIsVersionedSoThatPastYearsKeepTheirRegions() {
        assertThat(regions.current(Locale.ENGLISH)).hasSize(20);
        assertThat(regions.name(new RegionCode("KZ-75"), Locale.ENGLISH)).isEqualTo("Almaty");
        // Abai, Zhetysu and Ulytau exist from 2022-06-08 only
        assertThat(regions.validOn(LocalDate.of(2021, 1, 1), Locale.ENGLISH)).hasSize(17)
                .noneMatch(region -> region.code().equals(new RegionCode("KZ-10")));
        assertThat(regions.find(new RegionCode("KZ-10"), LocalDate.of(2022, 6, 8))).isPresent();
        assertThat(regions.find(new RegionCode("KZ-10"), LocalDate.of(2022, 6, 7))).isEmpty();
    }
}
