/**
 * Cross-cutting runtime: the data directory and the embedded database, start-up failure reports,
 * the web layout, languages, error pages and security headers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package kz.qorgau.system;
