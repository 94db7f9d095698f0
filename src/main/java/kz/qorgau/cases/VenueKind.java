package kz.qorgau.cases;

/** Kinds of place checked during a special operation. */
public enum VenueKind {
    BROTHEL, SAUNA, MASSAGE_PARLOUR, HOTEL, NIGHT_CLUB, CONSTRUCTION_SITE, FARM, MARKET, FACTORY, RESTAURANT_CAFE,
    PRIVATE_HOUSEHOLD, TRANSPORT_HUB, BORDER_CROSSING, OTHER;

    public String messageKey() {
        return "operation.venue." + name();
    }
}
