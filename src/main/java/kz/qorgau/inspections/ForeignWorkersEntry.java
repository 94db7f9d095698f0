package kz.qorgau.inspections;

import org.springframework.data.relational.core.mapping.Table;

/** The foreign workers of one citizenship that an inspection checked (XX: the country was not established). */
@Table("inspections_foreign_workers")
record ForeignWorkersEntry(String citizenship, int workers) {
}
