package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FieldEncryptionTests {

    final FieldEncryption encryption = new FieldEncryption(EncryptionKeys.generate());

    @Test
    void aValueEncryptedForAContextDecryptsInThatContext() {
        byte[] sealed = encryption.encrypt("Әлия Серікқызы", "person.surname");
        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("Әлия");
        assertThat(encryption.decrypt(sealed, "person.surname")).isEqualTo("Әлия Серікқызы");
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTime() {
        assertThat(encryption.encrypt("900515400014", "person.iin"))
                .isNotEqualTo(encryption.encrypt("900515400014", "person.iin"));
    }

    @Test
    void aCiphertextMovedToAnotherFieldDoesNotDecrypt() {
        byte[] sealed = encryption.encrypt("Жанна", "person.given-name");
        assertThatThrownBy(() -> encryption.decrypt(sealed, "person.surname"))
                .isInstanceOf(FieldEncryption.DecryptionFailedException.class)
                .hasMessageContaining("person.surname")
                .hasMessageNotContaining("Жанна");
    }

    @Test
    void anAlteredCiphertextDoesNotDecrypt() {
        byte[] sealed = encryption.encrypt("Жанна", "person.given-name");
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> encryption.decrypt(sealed, "person.given-name"))
                .isInstanceOf(FieldEncryption.DecryptionFailedException.class);
    }

    @Test
    void otherKeysCannotDecrypt() {
        byte[] sealed = encryption.encrypt("Жанна", "person.given-name");
        FieldEncryption other = new FieldEncryption(EncryptionKeys.generate());
        assertThatThrownBy(() -> other.decrypt(sealed, "person.given-name"))
                .isInstanceOf(FieldEncryption.DecryptionFailedException.class);
    }

    @Test
    void nullStaysNull() {
        assertThat(encryption.encrypt(null, "person.phone")).isNull();
        assertThat(encryption.decrypt(null, "person.phone")).isNull();
    }

    @Test
    void theBlindIndexIsDeterministicAndHidesTheValue() {
        String index = encryption.blindIndex("IIN", "900515400014");
        assertThat(encryption.blindIndex("IIN", "900515400014")).isEqualTo(index);
        assertThat(index).matches("[0-9a-f]+").doesNotContain("900515400014");
        assertThat(encryption.blindIndex("IIN", "900515400015")).isNotEqualTo(index);
    }

    @Test
    void theBlindIndexDependsOnTheKindAndTheKey() {
        String index = encryption.blindIndex("IIN", "900515400014");
        assertThat(encryption.blindIndex("PASSPORT", "900515400014")).isNotEqualTo(index);
        // no (kind, value) pair shares its input with another
        assertThat(encryption.blindIndex("A", "B|C")).isNotEqualTo(encryption.blindIndex("A|B", "C"));
        assertThat(new FieldEncryption(EncryptionKeys.generate()).blindIndex("IIN", "900515400014")).isNotEqualTo(
                index);
    }
}
