package kz.qorgau.exchange;

/** Keys of peers for tests outside the exchange module's package (the browser journeys). */
public final class PeerKeys {

    private PeerKeys() {
    }

    /** A new Ed25519 public key as an administrator pastes it (base64). */
    public static String newPublicKey() {
        return MessageSignatures.encode(MessageSignatures.newKeyPair().getPublic());
    }
}
