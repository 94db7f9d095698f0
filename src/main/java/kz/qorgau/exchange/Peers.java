package kz.qorgau.exchange;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.FieldEncryption;
import tools.jackson.databind.JsonNode;

/**
 * The peers of the transnational referral mechanism: each other country's system that speaks the exchange format,
 * with the endpoint its messages go to and the public key its messages are signed with, configured by an
 * administrator (added, deactivated; never deleted, as its messages name it). Also this system's own signing key
 * (Ed25519), made at its first use, its private half sealed by the field encryption, its public half shown to the
 * administrators to give to the peers' administrators.
 */
@Service
class Peers {

    static final String OWN_KEY_CONTEXT = "exchange.own-key";
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._:-]{3,100}");
    private static final long OWN_KEY_LOCK = 19_0002L;

    /** A peer as the administrators see it. */
    public record Peer(long id, String country, String name, String endpoint, String keyId, String publicKey,
            Instant createdAt, Instant deactivatedAt) {

        public boolean active() {
            return deactivatedAt == null;
        }
    }

    /** This system's public signing key, to be given to the peers. */
    public record OwnKey(String country, String keyId, String publicKey) {
    }

    /** What an administrator types to add a peer. */
    record NewPeer(String country, String name, String endpoint, String keyId, String publicKey) {
    }

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final Clock clock;
    private final String country;
    private final TransactionTemplate separate;

    Peers(JdbcClient jdbc, FieldEncryption encryption, AuditTrail audit, Clock clock,
            @Value("${qorgau.exchange.country:KZ}") String country, PlatformTransactionManager transactions) {
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.audit = audit;
        this.clock = clock;
        this.country = country;
    }

    String country() {
        return country;
    }

    @Requires(Permission.ADMINISTER_ORGANISATIONS)
    @Transactional(readOnly = true)
    List<Peer> list() {
        return jdbc.sql("select * from exchange_peer order by deactivated_at nulls first, country, name")
                .query((rs, row) -> peer(rs)).list();
    }

    /** Adds a peer; each field is checked, and the first wrong one refused with its message. */
    @Requires(Permission.ADMINISTER_ORGANISATIONS)
    @Transactional
    Peer add(NewPeer peer) {
        String code = peer.country() == null ? "" : peer.country().strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(code).matches() || code.equals(country)) {
            throw new InvalidFieldException("country", "exchange.peer.error.country");
        }
        String name = peer.name() == null ? "" : peer.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new InvalidFieldException("name", "exchange.peer.error.name");
        }
        String endpoint = peer.endpoint() == null ? "" : peer.endpoint().strip();
        if (!(endpoint.startsWith("https://") || endpoint.startsWith("http://localhost:") || endpoint.startsWith(
                "http://127.0.0.1:")) || endpoint.length() > 500 || endpoint.contains(" ")) {
            throw new InvalidFieldException("endpoint", "exchange.peer.error.endpoint");
        }
        String keyId = peer.keyId() == null ? "" : peer.keyId().strip();
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new InvalidFieldException("keyId", "exchange.peer.error.key-id");
        }
        String publicKey;
        try {
            publicKey = MessageSignatures.encode(MessageSignatures.publicKey(peer.publicKey() == null ? ""
                    : peer.publicKey()));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("publicKey", "exchange.peer.error.public-key");
        }
        if (jdbc.sql("select count(*) from exchange_peer where key_id = :key").param("key", keyId).query(Long.class)
                .single() > 0) {
            throw new InvalidFieldException("keyId", "exchange.peer.error.key-id-taken");
        }
        long id = jdbc.sql("""
                insert into exchange_peer (country, name, endpoint, key_id, public_key, created_at, created_by_user_id)
                values (:country, :name, :endpoint, :key, :public, :now, :user) returning id""").param("country", code)
                .param("name", name).param("endpoint", endpoint).param("key", keyId).param("public", publicKey)
                .param("now", Timestamp.from(clock.instant())).param("user", QorgauUser.required().id())
                .query(Long.class).single();
        audit.record(AuditEvent.of("EXCHANGE_PEER_ADDED", "exchange", id).with("country", code).with("keyId", keyId));
        return find(id).orElseThrow();
    }

    @Requires(Permission.ADMINISTER_ORGANISATIONS)
    @Transactional
    void deactivate(long id) {
        int changed = jdbc.sql(
                "update exchange_peer set deactivated_at = :now where id = :id and deactivated_at is null")
                .param("id", id).param("now", Timestamp.from(clock.instant())).update();
        if (changed == 0) {
            throw new NotFoundException("exchange.peer.error.not-found");
        }
        audit.record(AuditEvent.of("EXCHANGE_PEER_DEACTIVATED", "exchange", id));
    }

    /** The active peer whose key has this id, for verifying what it signed. */
    Optional<Peer> activeByKey(String keyId) {
        return jdbc.sql("select * from exchange_peer where key_id = :key and deactivated_at is null").param("key",
                keyId).query((rs, row) -> peer(rs)).optional();
    }

    /** The active peers, by country and name (for the users who refer abroad). */
    List<Peer> active() {
        return jdbc.sql("select * from exchange_peer where deactivated_at is null order by country, name")
                .query((rs, row) -> peer(rs)).list();
    }

    /** The active peer of the id. */
    Optional<Peer> activeById(long id) {
        return find(id).filter(Peer::active);
    }

    PublicKey publicKey(Peer peer) {
        return MessageSignatures.publicKey(peer.publicKey());
    }

    private Optional<Peer> find(long id) {
        return jdbc.sql("select * from exchange_peer where id = :id").param("id", id).query((rs, row) -> peer(rs))
                .optional();
    }

    private static Peer peer(ResultSet rs) throws SQLException {
        Timestamp deactivated = rs.getTimestamp("deactivated_at");
        return new Peer(rs.getLong("id"), rs.getString("country"), rs.getString("name"), rs.getString("endpoint"),
                rs.getString("key_id"), rs.getString("public_key"), rs.getTimestamp("created_at").toInstant(),
                deactivated == null ? null : deactivated.toInstant());
    }

    // --- this system's own key

    /** This system's public key, made at its first use. */
    @Transactional
    OwnKey ownKey() {
        Stored stored = stored();
        return new OwnKey(country, stored.keyId(), stored.publicKey());
    }

    /** The payload signed with this system's key. */
    @Transactional
    String sign(JsonNode payload) {
        Stored stored = stored();
        PrivateKey key = MessageSignatures.privateKey(encryption.decrypt(stored.privateKey(), OWN_KEY_CONTEXT));
        return MessageSignatures.sign(payload, stored.keyId(), key);
    }

    private record Stored(String keyId, String publicKey, byte[] privateKey) {
    }

    private Stored stored() {
        Optional<Stored> stored = read();
        if (stored.isPresent()) {
            return stored.get();
        }
        // made and committed on its own, so that the caller's transaction (a delivery waiting for a peer that asks
        // for this key) never holds it unseen; two first uses at once make one key
        separate.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", OWN_KEY_LOCK).query(rs -> {
            });
            if (read().isPresent()) {
                return;
            }
            KeyPair pair = MessageSignatures.newKeyPair();
            String publicKey = MessageSignatures.encode(pair.getPublic());
            String keyId = country + "-QORGAU-" + fingerprint(publicKey);
            jdbc.sql("""
                    insert into exchange_own_key (key_id, public_key, private_key, created_at)
                    values (:key, :public, :private, :now)""").param("key", keyId).param("public", publicKey)
                    .param("private", encryption.encrypt(MessageSignatures.encodePrivate(pair.getPrivate()),
                            OWN_KEY_CONTEXT)).param("now", Timestamp.from(clock.instant())).update();
        });
        return read().orElseThrow();
    }

    private Optional<Stored> read() {
        return jdbc.sql("select key_id, public_key, private_key from exchange_own_key order by created_at desc limit 1")
                .query((rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    private static String fingerprint(String publicKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey.getBytes(
                    StandardCharsets.US_ASCII))).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
