package kz.qorgau.exchange;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a referral to another country is for, and the only fields of the person it carries (least data): a return
 * home and family tracing need who the person is; reintegration needs that and what the person went through and
 * needs; services in the home country need no name at all, only sex, age, what happened and what is needed.
 */
public enum TransferPurpose {
    REPATRIATION(EnumSet.of(TransferField.FIRST_NAME, TransferField.MIDDLE_NAME, TransferField.SECOND_NAME,
            TransferField.BIRTHDATE, TransferField.GENDER, TransferField.CITIZENSHIP)),
    REINTEGRATION(EnumSet.of(TransferField.FIRST_NAME, TransferField.MIDDLE_NAME, TransferField.SECOND_NAME,
            TransferField.BIRTHDATE, TransferField.GENDER, TransferField.CITIZENSHIP, TransferField.EXPLOITATION,
            TransferField.NEEDS)),
    SERVICES(EnumSet.of(TransferField.GENDER, TransferField.AGE, TransferField.EXPLOITATION, TransferField.NEEDS)),
    FAMILY_TRACING(EnumSet.of(TransferField.FIRST_NAME, TransferField.MIDDLE_NAME, TransferField.SECOND_NAME,
            TransferField.BIRTHDATE, TransferField.GENDER, TransferField.CITIZENSHIP));

    private final Set<TransferField> fields;

    TransferPurpose(Set<TransferField> fields) {
        this.fields = Collections.unmodifiableSet(fields);
    }

    /** The fields a referral of this purpose carries, and no other. */
    public Set<TransferField> fields() {
        return fields;
    }

    /** Whether the purpose names the person (and so needs a record whose person the sender may see). */
    public boolean identifies() {
        return fields.contains(TransferField.SECOND_NAME);
    }

    /** Whether a return is tracked: departure here, arrival there. */
    public boolean returnsHome() {
        return this == REPATRIATION;
    }

    public String messageKey() {
        return "exchange.referral.purpose." + name();
    }

    static TransferPurpose of(String value) {
        for (TransferPurpose purpose : values()) {
            if (purpose.name().equals(value)) {
                return purpose;
            }
        }
        return null;
    }
}
