package kz.qorgau.inspections;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A link of the contracting chain an inspection found, from the main contractor down to the intermediary who brought
 * the workers: its name or BIN where known, and whether it is an informal intermediary (recruiting without a licence).
 */
@Table("inspections_contractor")
record Contractor(ContractorRole role, String name, String bin, boolean informal) {
}
