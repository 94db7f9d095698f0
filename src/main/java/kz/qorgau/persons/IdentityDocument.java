package kz.qorgau.persons;

import org.springframework.data.relational.core.mapping.Table;

/**
 * An identity document of a person: its kind, issuing country, the number sealed, and the blind index
 * of the number by which it is found.
 */
@Table("persons_document")
record IdentityDocument(String kind, String issuingCountry, byte[] number, String blindIndex) {

    static final String IIN = "IIN";
    static final String PASSPORT = "PASSPORT";

    // Identity is the blind index (the number), not the ciphertext, which differs at every sealing.
    @Override
    public boolean equals(Object other) {
        return other instanceof IdentityDocument document && document.kind.equals(kind)
                && document.blindIndex.equals(blindIndex);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + blindIndex.hashCode();
    }

    @Override
    public String toString() {
        return "IdentityDocument[" + kind + "]";
    }
}
