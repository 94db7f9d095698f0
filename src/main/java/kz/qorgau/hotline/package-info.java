/**
 * The anti-trafficking hotline: the calls and messages its operators log (fast, by keyboard), the tips the public
 * sends through the form anyone may open, and what came of each: a notification to the police under the rule of every
 * notification to the police, the victim record of a caller in need, a referral to an NGO, or no action and why; and
 * the hotline's funding per year by source. An operator sees their own hotline's calls only; the police unit notified
 * reads what the hotline sent it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hotline",
        allowedDependencies = { "shared", "system", "identity", "organisations", "audit", "cases" })
package kz.qorgau.hotline;
