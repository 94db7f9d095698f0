/**
 * Criminal cases from ERDR registration to verdict: charges, forms of exploitation, defendants, and the
 * timeline of dated procedural events from which the prosecution statistics are counted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases")
package kz.qorgau.cases;
