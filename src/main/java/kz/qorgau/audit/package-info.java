/**
 * The audit trail: an append-only, hash-chained record of who did what, when and from where,
 * written in the same transaction as the change it describes; browsed and verified by auditors. The chain is
 * keyed with a key kept outside the database and its head checkpointed outside the database; free text in
 * entries is sealed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package kz.qorgau.audit;
