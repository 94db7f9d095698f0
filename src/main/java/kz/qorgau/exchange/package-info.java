/**
 * The exchange format (JSON, versioned, published as JSON Schema in {@code docs/exchange/}) in which Qorgau hands
 * records to other systems, and the export of the records of a user's scope in it; the transnational referral
 * mechanism with other countries' instances will speak it too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange",
        allowedDependencies = { "shared", "system", "identity", "audit", "organisations", "persons", "victims",
                "referrals" })
package kz.qorgau.exchange;
