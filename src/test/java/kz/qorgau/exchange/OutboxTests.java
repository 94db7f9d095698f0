package kz.qorgau.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.TestUsers;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sending side of the transnational mechanism against a peer on loopback (a small HTTP server with its own key,
 * which verifies what it receives with this system's published key and acknowledges each message it keeps once by its
 * id): a message written in a transaction is sent once that transaction commits, never when it rolls back; delivered
 * when the peer's signed acknowledgement of it verifies; a peer that is down or answers 503 is tried again later, and
 * the message arrives exactly once; a refusal or a forged acknowledgement makes the message dead, which an
 * administrator sees and sends again.
 */
@QorgauTest
class OutboxTests extends FullTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Outbox outbox;
    @Autowired
    Peers peers;
    @Autowired
    PlatformTransactionManager transactions;

    /** How the loopback peer answers. */
    enum Mode {
        ACKNOWLEDGE, UNAVAILABLE, REFUSE, FORGE
    }

    final KeyPair kyrgyz = MessageSignatures.newKeyPair();
    final Set<String> kept = ConcurrentHashMap.newKeySet();
    final List<String> posts = new CopyOnWriteArrayList<>();
    final AtomicInteger verified = new AtomicInteger();
    volatile Mode mode = Mode.ACKNOWLEDGE;
    HttpServer server;
    long peerId;
    String keyId;

    @BeforeEach
    void aPeerOnLoopback() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/messages", this::receive);
        server.start();
        keyId = "KG-LOOP-" + TestUsers.username("o").replace(".", "");
        Peers.Peer peer = SignedIn.as(users.demo("admin"), () -> peers.add(new Peers.NewPeer("KG",
                "Синтетическая система KG", "http://127.0.0.1:" + server.getAddress().getPort() + "/messages", keyId,
                MessageSignatures.encode(kyrgyz.getPublic()))));
        peerId = peer.id();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        String jws = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        posts.add(jws);
        if (mode == Mode.UNAVAILABLE || mode == Mode.REFUSE) {
            answer(exchange, mode == Mode.UNAVAILABLE ? 503 : 401, "{}");
            return;
        }
        Peers.OwnKey own = peers.ownKey();
        ObjectNode payload;
        try {
            payload = MessageSignatures.verify(jws, Map.of(own.keyId(), MessageSignatures.publicKey(own
                    .publicKey()))::get).payload();
        } catch (MessageSignatures.RefusedException e) {
            answer(exchange, 401, "{}");
            return;
        }
        verified.incrementAndGet();
        String id = payload.get("messageId").asString();
        boolean before = !kept.add(id);
        ObjectNode ack = JSON.createObjectNode().put("messageId", UUID.randomUUID().toString())
                .put("kind", "acknowledgement").put("from", "KG").put("to", "KZ").put("sentAt", Instant.now()
                        .toString());
        ack.putObject("body").put("acknowledges", id).put("receivedBefore", before);
        KeyPair signer = mode == Mode.FORGE ? MessageSignatures.newKeyPair() : kyrgyz;
        answer(exchange, before ? 200 : 202, MessageSignatures.sign(ack, keyId, signer.getPrivate()));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private UUID enqueue() {
        return new TransactionTemplate(transactions).execute(status -> {
            ObjectNode body = JSON.createObjectNode().put("purpose", "Repatriation");
            return outbox.enqueue(peerId, "referral", body);
        });
    }

    private String status(UUID id) {
        return jdbc.sql("select status from exchange_outbox where message_id = :id").param("id", id).query(
                String.class).single();
    }

    /** Makes the message due now, as the passing of its backoff would. */
    private void due(UUID id) {
        jdbc.sql("update exchange_outbox set next_attempt_at = now() where message_id = :id").param("id", id)
                .update();
    }

    @Test
    void aMessageIsSentOnceItsTransactionCommitsAndDeliveredByThePeersSignedAcknowledgement() {
        UUID id = enqueue();
        outbox.deliver(id);
        assertThat(status(id)).isEqualTo("DELIVERED");
        assertThat(kept).containsExactly(id.toString());
        assertThat(verified.get()).as("the peer verified this system's signature").isEqualTo(1);
        ObjectNode sent = (ObjectNode) JSON.readTree(new String(Base64.getUrlDecoder().decode(posts
                .getFirst().split("\\.")[1]), StandardCharsets.UTF_8));
        assertThat(sent.get("to").asString()).isEqualTo("KG");
        assertThat(sent.get("body").get("purpose").asString()).isEqualTo("Repatriation");

        // a transaction that rolls back sends nothing; a message outside a transaction is refused
        UUID[] rolledBack = new UUID[1];
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            rolledBack[0] = outbox.enqueue(peerId, "referral", JSON.createObjectNode());
            status.setRollbackOnly();
        });
        assertThat(jdbc.sql("select count(*) from exchange_outbox where message_id = :id").param("id",
                rolledBack[0]).query(Long.class).single()).isZero();
        assertThatThrownBy(() -> outbox.enqueue(peerId, "referral", JSON.createObjectNode())).isInstanceOf(
                IllegalTransactionStateException.class);
    }

    @Test
    void aPeerThatIsDownIsTriedAgainAndTheMessageArrivesExactlyOnce() {
        UUID id = enqueue();
        mode = Mode.UNAVAILABLE;
        outbox.deliver(id);
        assertThat(status(id)).isEqualTo("PENDING");
        assertThat(jdbc.sql("select last_failure from exchange_outbox where message_id = :id").param("id", id).query(
                String.class).single()).isEqualTo("status-503");
        assertThat(jdbc.sql("select next_attempt_at > now() + interval '20 seconds' from exchange_outbox "
                + "where message_id = :id").param("id", id).query(Boolean.class).single()).as("backed off").isTrue();
        // the peer stops altogether, then comes back
        server.stop(0);
        due(id);
        outbox.deliver(id);
        assertThat(jdbc.sql("select last_failure from exchange_outbox where message_id = :id").param("id", id).query(
                String.class).single()).isEqualTo("unreachable");
        int port = Integer.parseInt(jdbc.sql("select endpoint from exchange_peer where id = :id").param("id", peerId)
                .query(String.class).single().replaceAll(".*:(\\d+)/.*", "$1"));
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/messages", this::receive);
        server.start();
        mode = Mode.ACKNOWLEDGE;
        due(id);
        outbox.deliverDue();
        assertThat(status(id)).isEqualTo("DELIVERED");
        assertThat(kept).containsExactly(id.toString());
        assertThat(jdbc.sql("select attempts from exchange_outbox where message_id = :id").param("id", id).query(
                Integer.class).single()).isEqualTo(3);
        // delivered messages are not sent again
        outbox.deliverDue();
        assertThat(posts).as("the 503 and the delivery; nothing while the peer was down, nothing after").hasSize(2);
    }

    @Test
    void aRefusalOrAForgedAcknowledgementMakesTheMessageDeadAndAnAdministratorSendsItAgain() throws Exception {
        UUID refused = enqueue();
        mode = Mode.REFUSE;
        outbox.deliver(refused);
        assertThat(status(refused)).isEqualTo("DEAD");
        UUID forged = enqueue();
        mode = Mode.FORGE;
        outbox.deliver(forged);
        assertThat(status(forged)).isEqualTo("DEAD");
        assertThat(jdbc.sql("select last_failure from exchange_outbox where message_id = :id").param("id", forged)
                .query(String.class).single()).isEqualTo("acknowledgement-bad_signature");
        assertThat(page("admin", "/admin/peers").getElementById("message-" + refused)).isNotNull();

        mode = Mode.ACKNOWLEDGE;
        mvc.perform(post("/admin/peers/outbox/" + refused + "/send-again").with(users.as("admin")).with(csrf()));
        assertThat(status(refused)).isEqualTo("PENDING");
        outbox.deliver(refused);
        assertThat(status(refused)).isEqualTo("DELIVERED");
        assertThat(audit.action("EXCHANGE_MESSAGE_DEAD").detailsContaining(forged.toString()).count()).isOne();
    }
}
