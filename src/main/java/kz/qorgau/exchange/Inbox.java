package kz.qorgau.exchange;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.system.FieldEncryption;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The messages other countries' systems send to this one: each a JWS signed with the key of an active peer
 * ({@link MessageSignatures}), its payload naming the message (a UUID), its kind, the sending and the receiving
 * country, when it was sent, and its body. A message is verified before anything is read of it, stored once by its
 * id (its body sealed), and answered with an acknowledgement signed with this system's key; the same message sent
 * again (a retry after a lost answer) is answered with the same acknowledgement and stored no second time. Refused,
 * with nothing stored: a message that is not a signed message of this kind (400), signed with a key no active peer
 * has (401) or whose signature does not verify (401), whose sender is not the signing peer's country or whose
 * receiver is not this country (400), sent more than {@link #MAX_AGE} ago or in the future (400), or whose id another
 * peer used (409). What the message tells is then checked under the rules of its kind ({@link CrossBorderReferrals}):
 * a message of an unknown kind, or one that the rules refuse, is refused (422) and nothing is stored.
 */
@Service
class Inbox {

    static final Duration MAX_AGE = Duration.ofDays(7);
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final String RECEIVED = "EXCHANGE_MESSAGE_RECEIVED";
    static final String REFUSED = "EXCHANGE_MESSAGE_REFUSED";
    private static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,39}");
    private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the sender is answered: the HTTP status and either a signed acknowledgement or a message key. */
    record Answer(int status, String acknowledgement, String problem) {

        static Answer refused(int status, String problem) {
            return new Answer(status, null, problem);
        }
    }

    private final JdbcClient jdbc;
    private final Peers peers;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final Clock clock;
    private final CrossBorderReferrals referrals;

    Inbox(JdbcClient jdbc, Peers peers, FieldEncryption encryption, AuditTrail audit, Clock clock,
            CrossBorderReferrals referrals) {
        this.jdbc = jdbc;
        this.peers = peers;
        this.referrals = referrals;
        this.encryption = encryption;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Answer receive(String jws) {
        AtomicReference<Peers.Peer> signer = new AtomicReference<>();
        MessageSignatures.Verified verified;
        try {
            verified = MessageSignatures.verify(jws, keyId -> peers.activeByKey(keyId).map(peer -> {
                signer.set(peer);
                return peers.publicKey(peer);
            }).orElse(null));
        } catch (MessageSignatures.RefusedException e) {
            if (signer.get() != null) {
                // a peer's key, a wrong signature: audited under the peer's name
                audit.record(AuditEvent.of(REFUSED, "exchange", null).with("reason", e.refusal).with("country",
                        signer.get().country()).by("peer:" + signer.get().keyId()));
            } else {
                // anyone may post here: what no peer signed is logged, never written to the audit trail
                LOG.info("A message to the peers' endpoint was refused: {}", e.refusal);
            }
            return switch (e.refusal) {
                case MALFORMED -> Answer.refused(400, "exchange.message.error.malformed");
                case UNKNOWN_PEER -> Answer.refused(401, "exchange.message.error.unknown-peer");
                case BAD_SIGNATURE -> Answer.refused(401, "exchange.message.error.signature");
            };
        }
        Peers.Peer peer = signer.get();
        ObjectNode payload = verified.payload();
        Optional<Message> message = Message.of(payload);
        if (message.isEmpty()) {
            return refused(peer, "fields", 400, "exchange.message.error.fields");
        }
        Message received = message.get();
        if (!received.from().equals(peer.country()) || !received.to().equals(peers.country())) {
            return refused(peer, "countries", 400, "exchange.message.error.countries");
        }
        Instant now = clock.instant();
        if (received.sentAt().isBefore(now.minus(MAX_AGE)) || received.sentAt().isAfter(now.plus(CLOCK_SKEW))) {
            return refused(peer, "time", 400, "exchange.message.error.time");
        }
        Optional<Stored> before = jdbc.sql("""
                select peer_id, received_at from exchange_inbox where message_id = :id""").param("id", received.id())
                .query((rs, row) -> new Stored(rs.getLong(1), rs.getTimestamp(2).toInstant())).optional();
        if (before.isPresent() && before.get().peerId() != peer.id()) {
            return refused(peer, "id-taken", 409, "exchange.message.error.id-taken");
        }
        if (before.isPresent()) {
            return new Answer(200, acknowledgement(received, peer, before.get().receivedAt(), true), null);
        }
        // what the message tells must hold under the same rules as here; a refusal is final (the sender's outbox
        // does not send it again)
        Optional<String> refusal = referrals.refusal(peer, received);
        if (refusal.isPresent()) {
            return refused(peer, "content", 422, refusal.get());
        }
        jdbc.sql("""
                insert into exchange_inbox (message_id, peer_id, kind, sent_at, received_at, body)
                values (:id, :peer, :kind, :sent, :received, :body)""").param("id", received.id())
                .param("peer", peer.id()).param("kind", received.kind()).param("sent", Timestamp.from(received
                        .sentAt())).param("received", Timestamp.from(now)).param("body", encryption.encrypt(JSON
                                .writeValueAsString(received.body()), "exchange.inbox/" + received.id()))
                .update();
        audit.record(AuditEvent.of(RECEIVED, "exchange", null).with("country", peer.country()).with("kind", received
                .kind()).with("message", received.id()).by("peer:" + peer.keyId()));
        referrals.receive(peer, received);
        return new Answer(202, acknowledgement(received, peer, now, false), null);
    }

    private Answer refused(Peers.Peer peer, String reason, int status, String problem) {
        audit.record(AuditEvent.of(REFUSED, "exchange", null).with("reason", reason).with("country", peer.country())
                .by("peer:" + peer.keyId()));
        return Answer.refused(status, problem);
    }

    private String acknowledgement(Message message, Peers.Peer peer, Instant receivedAt, boolean again) {
        ObjectNode body = JSON.createObjectNode();
        body.put("acknowledges", message.id().toString());
        body.put("receivedAt", receivedAt.toString());
        body.put("receivedBefore", again);
        return peers.sign(new Message(UUID.randomUUID(), "acknowledgement", peers.country(), peer.country(), clock
                .instant(), body).payload());
    }

    private record Stored(long peerId, Instant receivedAt) {
    }

    /** The envelope of a message: read from a verified payload, or written as the payload to sign. */
    record Message(UUID id, String kind, String from, String to, Instant sentAt, JsonNode body) {

        ObjectNode payload() {
            ObjectNode payload = JSON.createObjectNode();
            payload.put("messageId", id.toString());
            payload.put("kind", kind);
            payload.put("from", from);
            payload.put("to", to);
            payload.put("sentAt", sentAt.toString());
            payload.set("body", body);
            return payload;
        }

        static Optional<Message> of(ObjectNode payload) {
            try {
                UUID id = UUID.fromString(payload.path("messageId").asString(""));
                String kind = payload.path("kind").asString("");
                String from = payload.path("from").asString("");
                String to = payload.path("to").asString("");
                Instant sentAt = Instant.parse(payload.path("sentAt").asString(""));
                JsonNode body = payload.get("body");
                if (!KIND.matcher(kind).matches() || body == null || !body.isObject()) {
                    return Optional.empty();
                }
                return Optional.of(new Message(id, kind, from, to, sentAt, body));
            } catch (IllegalArgumentException | DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }
}
