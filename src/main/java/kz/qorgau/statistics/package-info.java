/**
 * The read side: the indicator catalogue and the official statistics computed from the records' dated
 * events through SQL views this module owns (DESIGN.md §4). Never writes other modules' tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statistics")
package kz.qorgau.statistics;
