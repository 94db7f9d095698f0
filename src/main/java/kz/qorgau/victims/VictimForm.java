package kz.qorgau.victims;

import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.ExploitationForm;

/** A form of exploitation of a victim record (statistics break victims down by it, DESIGN.md §4). */
@Table("victims_form")
record VictimForm(ExploitationForm form) {
}
