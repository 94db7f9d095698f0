package kz.qorgau.exchange;

/** A field of the person a cross-border referral may carry, by its name in the exchange format. */
public enum TransferField {
    FIRST_NAME("firstName"),
    MIDDLE_NAME("middleName"),
    SECOND_NAME("secondName"),
    BIRTHDATE("birthdate"),
    GENDER("gender"),
    CITIZENSHIP("citizenship"),
    AGE("ageAtIdentification"),
    EXPLOITATION("exploitation"),
    NEEDS("needs");

    private final String json;

    TransferField(String json) {
        this.json = json;
    }

    /** The field's name in a message. */
    public String json() {
        return json;
    }

    public String messageKey() {
        return "exchange.referral.field." + json;
    }

    static TransferField ofJson(String name) {
        for (TransferField field : values()) {
            if (field.json.equals(name)) {
                return field;
            }
        }
        return null;
    }
}
