package kz.qorgau.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.qorgau.QorgauApplication;
import kz.qorgau.SignedIn;
import kz.qorgau.TestDatabase;
import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonDetails;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.Sex;
import kz.qorgau.shared.Today;
import kz.qorgau.system.FieldEncryption;
import kz.qorgau.victims.ConsentDecision;
import kz.qorgau.victims.ConsentScope;
import kz.qorgau.victims.SyntheticVictims;
import kz.qorgau.victims.TraffickingStatus;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.VictimRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One country's Qorgau on loopback for the tests of the transnational mechanism: the whole application in demo mode
 * with its own embedded PostgreSQL in a data directory of its own (organisations and demo users, no demo records), its
 * own signing key, on a port of its own that it keeps across a restart, so that its peers reach it again at the same
 * address.
 */
public final class PeerInstance implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The test JVM's three countries, started and made peers of each other the first time they are asked for. */
    private static List<PeerInstance> trio;

    /**
     * Kazakhstan, Kyrgyzstan and Uzbekistan, each a peer of the other two; shared by the tests of a JVM (each
     * start costs the whole application's), stopped when it ends. A test that stops one starts it again.
     */
    public static synchronized List<PeerInstance> trio() {
        if (trio == null) {
            Path root;
            try {
                root = Files.createTempDirectory("qorgau-peers-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<PeerInstance> started = List.of(start("KZ", root.resolve("kz")), start("KG", root.resolve("kg")),
                    start("UZ", root.resolve("uz")));
            for (PeerInstance one : started) {
                for (PeerInstance other : started) {
                    if (one != other) {
                        one.addPeer(other);
                    }
                }
            }
            trio = started;
        }
        return trio;
    }

    /** Stops the three countries' instances, if they were started; the next {@link #trio()} starts them anew. */
    public static synchronized void closeTrio() {
        if (trio != null) {
            trio.forEach(PeerInstance::close);
            trio = null;
        }
    }

    private final String country;
    private final Path dataDir;
    private final int port;
    private ConfigurableApplicationContext context;

    private PeerInstance(String country, Path dataDir, int port) {
        this.country = country;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Starts the country's instance with its data in the directory. */
    public static PeerInstance start(String country, Path dataDir) {
        PeerInstance instance = new PeerInstance(country, dataDir, freePort());
        instance.run();
        return instance;
    }

    private void run() {
        context = new SpringApplicationBuilder(QorgauApplication.class).run("--qorgau.demo.enabled=true",
                "--qorgau.demo.records=false", "--qorgau.demo.password=" + TestDatabase.DEMO_PASSWORD,
                "--qorgau.demo.second-factor-exempt=*", "--qorgau.data-dir=" + dataDir, "--server.port=" + port,
                "--qorgau.exchange.country=" + country, "--qorgau.exchange.outbox.interval=PT1H",
                "--spring.application.name=qorgau-" + country.toLowerCase());
    }

    /** Stops the instance, as a server that goes down: what it had not sent stays in its outbox. */
    public void stop() {
        context.close();
        context = null;
    }

    /** Starts the stopped instance again, on its data and at its address. */
    public void restart() {
        run();
    }

    public boolean running() {
        return context != null && context.isActive();
    }

    public String country() {
        return country;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public String endpoint() {
        return baseUrl() + "/api/v1/exchange/messages";
    }

    public JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    public QorgauUser user(String username) {
        return context.getBean(Accounts.class).principal(username).orElseThrow();
    }

    /** Adds the other instance as a peer, as this instance's administrator. */
    public void addPeer(PeerInstance other) {
        Peers.OwnKey key = other.context.getBean(Peers.class).ownKey();
        SignedIn.run(user("admin"), () -> context.getBean(Peers.class).add(new Peers.NewPeer(other.country,
                "Синтетическая система " + other.country, other.endpoint(), key.keyId(), key.publicKey())));
    }

    /** The id of the active peer of the country. */
    public long peerId(String peerCountry) {
        return jdbc().sql("select id from exchange_peer where country = :country and deactivated_at is null")
                .param("country", peerCountry).query(Long.class).single();
    }

    /** Sends what is due now; answers how many messages were delivered. */
    public int deliver() {
        return context.getBean(Outbox.class).deliverDue();
    }

    /** Makes every pending message due now, as if its wait had passed. */
    public void makeDue() {
        jdbc().sql("update exchange_outbox set next_attempt_at = now() where status = 'PENDING'").update();
    }

    /**
     * A victim record of the case worker's organisation: an identified adult of the citizenship, with consent to
     * processing and referral; answers its reference.
     */
    public String registerVictim(String surname, String givenName, String citizenship) {
        QorgauUser caseworker = user("caseworker");
        PersonId person = SignedIn.as(caseworker, () -> context.getBean(PersonRegistry.class).register(
                new PersonDetails(surname, givenName, null, LocalDate.of(1996, 5, 14), Sex.FEMALE, Set.of(CountryCode
                        .of(citizenship)), null, List.of(), null, null, null, false)));
        Map<ConsentScope, ConsentDecision> consents = new EnumMap<>(ConsentScope.class);
        consents.put(ConsentScope.PROCESSING, ConsentDecision.GIVEN);
        consents.put(ConsentScope.REFERRAL, ConsentDecision.GIVEN);
        VictimCommands.Registration registration = new VictimCommands.Registration(person.value(), false,
                SyntheticVictims.farmWorker(citizenship), SyntheticVictims.farmScreening(today().minusDays(10),
                        TraffickingStatus.PRESUMED), consents);
        return SignedIn.as(caseworker, () -> context.getBean(VictimRegistry.class).register(registration))
                .reference();
    }

    /** The case worker refers the victim to the country's peer, with consent recorded today; answers its id. */
    public long refer(String victimReference, String peerCountry, TransferPurpose purpose, boolean followUp) {
        return SignedIn.as(user("caseworker"), () -> referrals().send(new CrossBorderReferrals.NewReferral(
                victimReference, peerId(peerCountry), purpose.name(), today(), true, followUp, Set.of(
                        ServiceType.MEDICAL, ServiceType.EMPLOYMENT))));
    }

    /** The case worker records a step of this side today. */
    public void record(long referralId, CrossBorderStep step, String detail) {
        SignedIn.run(user("caseworker"), () -> referrals().record(referralId, step, today(), detail));
    }

    /** The referral as the case worker sees it. */
    public CrossBorderReferrals.View view(long referralId) {
        return SignedIn.as(user("caseworker"), () -> referrals().view(referralId));
    }

    /** The id here of the referral both sides name by the uid. */
    public long referralId(UUID uid) {
        return jdbc().sql("select id from exchange_referral where uid = :uid").param("uid", uid).query(Long.class)
                .single();
    }

    /** The body of a received message, unsealed. */
    public JsonNode inboxBody(UUID messageId) {
        byte[] sealed = jdbc().sql("select body from exchange_inbox where message_id = :id").param("id", messageId)
                .query(byte[].class).single();
        return JSON.readTree(context.getBean(FieldEncryption.class).decrypt(sealed, "exchange.inbox/" + messageId));
    }

    /** Today where the instance runs. */
    public LocalDate today() {
        return context.getBean(Today.class).date();
    }

    CrossBorderReferrals referrals() {
        return context.getBean(CrossBorderReferrals.class);
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
