/**
 * The audit trail: an append-only, hash-chained record of who did what, when and from where,
 * written in the same transaction as the change it describes; browsed and verified by auditors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package kz.qorgau.audit;
