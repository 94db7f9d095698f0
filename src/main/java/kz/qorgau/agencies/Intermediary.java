package kz.qorgau.agencies;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.Bin;

/**
 * An informal intermediary, once whoever reported it: its kind, its BIN (a company's, where known), the keyed index
 * of its normalised name ({@link IntermediaryName}) and its name sealed. Reports attach to it.
 */
@Table("agencies_intermediary")
class Intermediary {

    @Id
    private Long id;
    private String reference;
    private IntermediaryKind kind;
    private String bin;
    private String nameKey;
    private byte[] name;
    private Instant recordedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Intermediary() {
    }

    static Intermediary first(String reference, IntermediaryKind kind, Bin bin, String nameKey, byte[] sealedName,
            Instant now) {
        if (bin != null && kind != IntermediaryKind.COMPANY) {
            throw new IllegalArgumentException("a BIN is a company's");
        }
        Intermediary intermediary = new Intermediary();
        intermediary.reference = reference;
        intermediary.kind = kind;
        intermediary.bin = bin == null ? null : bin.value();
        intermediary.nameKey = nameKey;
        intermediary.name = sealedName;
        intermediary.recordedAt = now;
        return intermediary;
    }

    /** A later report gives the BIN of a company known until now by its name only. */
    void knownBy(Bin bin) {
        if (this.bin != null || kind != IntermediaryKind.COMPANY) {
            throw new IllegalStateException("a BIN is set once, for a company");
        }
        this.bin = bin.value();
    }

    Long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    IntermediaryKind kind() {
        return kind;
    }

    String bin() {
        return bin;
    }

    String nameKey() {
        return nameKey;
    }

    byte[] name() {
        return name;
    }
}
