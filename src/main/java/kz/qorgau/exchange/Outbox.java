package kz.qorgau.exchange;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.FieldEncryption;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The messages this system sends to its peers: a transactional outbox. A message is written in the caller's
 * transaction ({@link #enqueue}), so that it is sent exactly when what it tells was saved; a scheduled task
 * ({@link #deliverDue}) signs and sends the due messages, one at a time and each peer's in order, each claimed under a row lock so that two
 * instances never send one message at once. A peer's signed acknowledgement of the same message id, verified with the
 * peer's key, delivers it; the receiving side keeps it once by its id, so a message sent again after a lost answer is
 * not received twice. A network failure or an answer 5xx or 429 is retried with exponential backoff (from
 * {@link #FIRST_RETRY}, doubling, at most {@link #LONGEST_WAIT}); a refusal (another 4xx), a forged acknowledgement or
 * {@link #MAX_ATTEMPTS} failures make the message dead: administrators see it and may send it again.
 */
@Service
class Outbox {

    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);
    static final int MAX_ATTEMPTS = 12;
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A message of the outbox as administrators see it (never its body). */
    public record Entry(UUID messageId, String country, String peer, String kind, Instant createdAt, String status,
            int attempts, Instant nextAttemptAt, String lastFailure, Instant deliveredAt) {
    }

    private final JdbcClient jdbc;
    private final Peers peers;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final Clock clock;
    private final HttpClient http;

    Outbox(JdbcClient jdbc, Peers peers, FieldEncryption encryption, AuditTrail audit, Clock clock,
            @Value("${qorgau.exchange.send-timeout:PT20S}") Duration timeout) {
        this.jdbc = jdbc;
        this.peers = peers;
        this.encryption = encryption;
        this.audit = audit;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A message to an active peer, written in the caller's transaction; answers its id. */
    @Transactional(propagation = Propagation.MANDATORY)
    UUID enqueue(long peerId, String kind, ObjectNode body) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        int written = jdbc.sql("""
                insert into exchange_outbox (message_id, peer_id, kind, body, created_at, status, next_attempt_at)
                select :id, p.id, :kind, :body, :now, 'PENDING', :now from exchange_peer p
                where p.id = :peer and p.deactivated_at is null""").param("id", id).param("peer", peerId)
                .param("kind", kind).param("body", encryption.encrypt(JSON.writeValueAsString(body), context(id)))
                .param("now", Timestamp.from(now)).update();
        if (written == 0) {
            throw new NotFoundException("exchange.peer.error.not-found");
        }
        return id;
    }

    /**
     * Sends the due messages, each in a transaction of its own, each peer's in the order they were written: a message
     * waits while an earlier one to the same peer is pending (a retry holds back what follows it, so that an answer
     * never arrives before what it answers). Answers how many were delivered.
     */
    @Scheduled(fixedDelayString = "${qorgau.exchange.outbox.interval:PT15S}", initialDelay = 20_000)
    int deliverDue() {
        int delivered = 0;
        for (int round = 0; round < 1_000; round++) {
            int now = 0;
            for (UUID id : jdbc.sql("""
                    select o.message_id from exchange_outbox o where o.status = 'PENDING' and o.next_attempt_at <= :now
                    and not exists (select 1 from exchange_outbox e where e.peer_id = o.peer_id
                        and e.status = 'PENDING' and e.seq < o.seq)
                    order by o.seq limit 100""").param("now", Timestamp.from(clock.instant())).query(UUID.class)
                    .list()) {
                if (self().deliver(id)) {
                    now++;
                }
            }
            delivered += now;
            if (now == 0) {
                break;
            }
        }
        return delivered;
    }

    private Outbox self;

    /** This bean through its proxy, so that each delivery has its own transaction. */
    @Autowired
    void self(@Lazy Outbox self) {
        this.self = self;
    }

    private Outbox self() {
        return self;
    }

    /** One message's attempt, under its row's lock (skipped when another instance holds it); answers if delivered. */
    @Transactional
    boolean deliver(UUID id) {
        Map<String, Object> row = jdbc.sql("""
                select o.message_id, o.kind, o.body, o.attempts, o.created_at, p.id as peer_id, p.country, p.endpoint,
                    p.key_id, p.public_key, p.deactivated_at
                from exchange_outbox o join exchange_peer p on p.id = o.peer_id
                where o.message_id = :id and o.status = 'PENDING' for update of o skip locked""").param("id", id)
                .query().listOfRows().stream().findFirst().orElse(null);
        if (row == null) {
            return false;
        }
        int attempts = ((Number) row.get("attempts")).intValue() + 1;
        String country = (String) row.get("country");
        if (row.get("deactivated_at") != null) {
            return dead(id, attempts, "peer-deactivated");
        }
        String jws = peers.sign(new Inbox.Message(id, (String) row.get("kind"), peers.country(), country, clock
                .instant(), JSON.readTree(encryption.decrypt((byte[]) row.get("body"), context(id)))).payload());
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(URI.create((String) row.get("endpoint")))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/jose")
                    .POST(HttpRequest.BodyPublishers.ofString(jws)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | IllegalArgumentException e) {
            return retry(id, attempts, "unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return retry(id, attempts, "interrupted");
        }
        int status = response.statusCode();
        if (status == 200 || status == 202) {
            try {
                MessageSignatures.Verified answer = MessageSignatures.verify(response.body(), keyId -> keyId.equals(
                        row.get("key_id")) ? MessageSignatures.publicKey((String) row.get("public_key")) : null);
                JsonNode body = answer.payload().path("body");
                if (!"acknowledgement".equals(answer.payload().path("kind").asString(null)) || !id.toString().equals(
                        body.path("acknowledges").asString(null))) {
                    return dead(id, attempts, "acknowledgement-mismatch");
                }
            } catch (MessageSignatures.RefusedException e) {
                return dead(id, attempts, "acknowledgement-" + e.refusal.name().toLowerCase(Locale.ROOT));
            }
            jdbc.sql("""
                    update exchange_outbox set status = 'DELIVERED', attempts = :attempts, delivered_at = :now,
                        last_failure = null where message_id = :id""").param("id", id).param("attempts", attempts)
                    .param("now", Timestamp.from(clock.instant())).update();
            audit.record(AuditEvent.of("EXCHANGE_MESSAGE_DELIVERED", "exchange", null).with("message", id)
                    .with("country", country).with("attempts", attempts).by("system"));
            return true;
        }
        if (status >= 500 || status == 429) {
            return retry(id, attempts, "status-" + status);
        }
        return dead(id, attempts, "refused-" + status);
    }

    private boolean retry(UUID id, int attempts, String failure) {
        if (attempts >= MAX_ATTEMPTS) {
            return dead(id, attempts, failure);
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        jdbc.sql("""
                update exchange_outbox set attempts = :attempts, next_attempt_at = :next, last_failure = :failure
                where message_id = :id""").param("id", id).param("attempts", attempts).param("next", Timestamp.from(
                clock.instant().plus(wait))).param("failure", failure).update();
        LOG.info("A message to a peer was not delivered ({}); attempt {} of {}", failure, attempts, MAX_ATTEMPTS);
        return false;
    }

    private boolean dead(UUID id, int attempts, String failure) {
        jdbc.sql("""
                update exchange_outbox set status = 'DEAD', attempts = :attempts, last_failure = :failure
                where message_id = :id""").param("id", id).param("attempts", attempts).param("failure", failure)
                .update();
        audit.record(AuditEvent.of("EXCHANGE_MESSAGE_DEAD", "exchange", null).with("message", id).with("reason",
                failure).with("attempts", attempts).by("system"));
        LOG.warn("A message to a peer is dead ({}) after {} attempts", failure, attempts);
        return false;
    }

    /** The messages not delivered (pending and dead), newest first; for administrators. */
    @Requires(Permission.ADMINISTER_ORGANISATIONS)
    @Transactional(readOnly = true)
    List<Entry> undelivered() {
        return jdbc.sql("""
                select o.message_id, p.country, p.name, o.kind, o.created_at, o.status, o.attempts, o.next_attempt_at,
                    o.last_failure, o.delivered_at
                from exchange_outbox o join exchange_peer p on p.id = o.peer_id
                where o.status <> 'DELIVERED' order by o.created_at desc limit 200""").query((rs, n) -> new Entry(rs
                .getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5)
                        .toInstant(), rs.getString(6), rs.getInt(7), rs.getTimestamp(8).toInstant(), rs.getString(9),
                rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant())).list();
    }

    /** A dead message sent again: pending, due now, its attempts counted afresh. */
    @Requires(Permission.ADMINISTER_ORGANISATIONS)
    @Transactional
    void sendAgain(UUID id) {
        int changed = jdbc.sql("""
                update exchange_outbox set status = 'PENDING', attempts = 0, next_attempt_at = :now
                where message_id = :id and status = 'DEAD'""").param("id", id).param("now", Timestamp.from(clock
                .instant())).update();
        if (changed == 0) {
            throw new NotFoundException("exchange.outbox.error.not-found");
        }
        audit.record(AuditEvent.of("EXCHANGE_MESSAGE_SENT_AGAIN", "exchange", null).with("message", id));
    }

    private static String context(UUID id) {
        return "exchange.outbox/" + id;
    }
}
