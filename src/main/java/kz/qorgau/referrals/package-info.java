/**
 * The National Referral Mechanism: referrals and transfers of victims between organisations for named
 * services, behind the consent gate (the anonymous route refers without identity), with an inbox and an
 * outbox per organisation, answer deadlines, in-application notifications, and the service episodes that
 * record what was actually delivered, by whom, when and at what cost.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referrals",
        allowedDependencies = { "shared", "system", "identity", "organisations", "audit", "victims" })
package kz.qorgau.referrals;
