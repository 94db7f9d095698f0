package kz.qorgau.exchange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonDetails;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Sex;
import kz.qorgau.shared.Today;
import kz.qorgau.system.FieldEncryption;
import kz.qorgau.victims.ConsentDecision;
import kz.qorgau.victims.ConsentScope;
import kz.qorgau.victims.ExploitationKind;
import kz.qorgau.victims.ScreeningContext;
import kz.qorgau.victims.TraffickingStatus;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.VictimDetails;
import kz.qorgau.victims.VictimImports;
import kz.qorgau.victims.VictimViews;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The referrals of the transnational mechanism, on both sides. <b>Sending</b>: a user with {@link Permission#REFER_ABROAD}
 * refers a victim record of their scope to a peer, for a purpose, after recording that the victim consented to this
 * transfer to this country on a date; the message carries the purpose's fields only ({@link TransferPurpose}), a
 * purpose that names the person only of a record whose person the user may see (the reveal is audited), and is
 * written to the outbox in the same transaction as the referral. <b>Receiving</b>: a peer's referral is checked (the
 * consent names this country, no field beyond the purpose's) and kept, open, for the users who answer the peers'
 * referrals; the first to answer takes it for their organisation. <b>Steps</b>: each side records its own steps
 * ({@link CrossBorderStep}) under the same rules ({@link CrossBorderReferral}), each sent to the other side, which
 * applies it under those rules again; what a step tells is never a text, only a date and a code. What crossed the
 * border is kept sealed; reading a received referral is audited.
 */
@Service
class CrossBorderReferrals {

    static final String SENT = "EXCHANGE_REFERRAL_SENT";
    static final String RECEIVED = "EXCHANGE_REFERRAL_RECEIVED";
    static final String STEP = "EXCHANGE_REFERRAL_STEP";
    static final String READ = "EXCHANGE_REFERRAL_READ";
    static final String REGISTERED = "EXCHANGE_REFERRAL_REGISTERED";
    static final String REFERRAL = "referral";
    static final String REFERRAL_STEP = "referral-step";
    static final int PAGE_SIZE = 25;
    private static final int MAX_TEXT = 100;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a user fills in to refer a victim abroad. */
    public record NewReferral(String victimReference, Long peerId, String purpose, LocalDate consentOn,
            boolean consentConfirmed, boolean followUpConsent, Set<ServiceType> needs) {
    }

    /** A referral in a list. */
    public record Item(long id, UUID uid, String direction, String country, String peer, TransferPurpose purpose,
            CrossBorderReferral.Status status, String victimReference, LocalDate sentOn, LocalDate nextDue) {
    }

    /** A transferred field with its value as the page shows it: a text, or a message key per code. */
    public record Field(TransferField field, String text, LocalDate date, List<String> keys) {
    }

    /** A step on the referral's timeline. */
    public record TimelineStep(CrossBorderStep kind, LocalDate on, String detailKey, boolean here) {
    }

    /** A referral opened, with what the user may record on it now. */
    public record View(long id, UUID uid, String direction, String country, String peer, TransferPurpose purpose,
            CrossBorderReferral.Status status, String victimReference, Long victimId, LocalDate consentOn,
            boolean followUpConsent, List<Field> fields, List<TimelineStep> timeline, LocalDate dueIn3Months,
            LocalDate dueIn12Months, List<CrossBorderStep> steps, boolean registrable) {

        public boolean outgoing() {
            return "OUT".equals(direction);
        }

        /** Whether the referral names its person (else a record opened for it here is anonymous). */
        public boolean names() {
            return purpose.fields().contains(TransferField.SECOND_NAME);
        }
    }

    /**
     * What the focal point who took a received referral fills in to open a victim record here for its person: the
     * day of identification in this country, the status (possible or presumed), and that the person consented to the
     * processing of their data here (not needed for a purpose that names no one: the record is then anonymous).
     */
    public record LocalRecord(LocalDate identifiedOn, String status, boolean consentConfirmed) {
    }

    /** A peer to choose on the form. */
    public record Country(long peerId, String country, String name) {
    }

    private final JdbcClient jdbc;
    private final Peers peers;
    private final Outbox outbox;
    private final VictimDetails victims;
    private final VictimImports victimCommands;
    private final PersonRegistry persons;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;
    private final Today today;

    CrossBorderReferrals(JdbcClient jdbc, Peers peers, Outbox outbox, VictimDetails victims,
            VictimImports victimCommands, PersonRegistry persons, FieldEncryption encryption, AuditTrail audit,
            MessageSource messages, Clock clock, Today today) {
        this.jdbc = jdbc;
        this.peers = peers;
        this.outbox = outbox;
        this.victims = victims;
        this.victimCommands = victimCommands;
        this.persons = persons;
        this.encryption = encryption;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.today = today;
    }

    // --- sending

    /** The active peers, to refer to. */
    @Requires(Permission.REFER_ABROAD)
    @Transactional(readOnly = true)
    List<Country> countries() {
        return peers.active().stream().map(peer -> new Country(peer.id(), peer.country(), peer.name())).toList();
    }

    /** Refers the victim to the peer; refused field by field (400) for what the form lacks or the rules forbid. */
    @Requires(Permission.REFER_ABROAD)
    @Transactional
    long send(NewReferral form) {
        QorgauUser user = QorgauUser.required();
        long victimId = victims.visibleId(form.victimReference() == null ? "" : form.victimReference())
                .orElseThrow(() -> new InvalidFieldException("victimReference", "exchange.referral.error.victim"));
        Peers.Peer peer = (form.peerId() == null ? Optional.<Peers.Peer>empty() : peers.activeById(form.peerId()))
                .orElseThrow(() -> new InvalidFieldException("peerId", "exchange.referral.error.peer"));
        TransferPurpose purpose = Optional.ofNullable(TransferPurpose.of(form.purpose()))
                .orElseThrow(() -> new InvalidFieldException("purpose", "exchange.referral.error.purpose"));
        LocalDate sentOn = today.date();
        if (form.consentOn() == null || form.consentOn().isAfter(sentOn)) {
            throw new InvalidFieldException("consentOn", "exchange.referral.error.consent-date");
        }
        if (!form.consentConfirmed()) {
            throw new InvalidFieldException("consentConfirmed", "exchange.referral.error.consent");
        }
        Set<ServiceType> needs = form.needs() == null ? Set.of() : form.needs();
        if (purpose.fields().contains(TransferField.NEEDS) && needs.isEmpty()) {
            throw new InvalidFieldException("needs", "exchange.referral.error.needs");
        }
        VictimViews.ReferralFacts facts = victims.referralFacts(victimId);
        if (!facts.mayBeReferred()) {
            throw new InvalidFieldException("victimReference", "exchange.referral.error.referral-consent");
        }
        if (purpose.identifies() && (facts.anonymous() || !facts.carriesIdentity())) {
            throw new InvalidFieldException("purpose", "exchange.referral.error.identity");
        }
        UUID uid = UUID.randomUUID();
        VictimViews.VictimView victim = victims.get(victimId);
        PersonDetails person = purpose.identifies() ? persons.reveal(new PersonId(victim.personId()),
                "cross-border referral " + uid) : null;
        ObjectNode data = data(purpose, victim, person, needs);

        ObjectNode body = JSON.createObjectNode();
        body.put("referral", uid.toString());
        body.put("purpose", purpose.name());
        body.put("sentOn", sentOn.toString());
        ObjectNode consent = body.putObject("consent");
        consent.put("givenOn", form.consentOn().toString());
        consent.put("toCountry", peer.country());
        consent.put("followUp", form.followUpConsent());
        body.set("person", data);
        outbox.enqueue(peer.id(), REFERRAL, body);

        long id = insert(uid, "OUT", peer.id(), purpose, victimId, user.organisationId(), form.consentOn(), form
                .followUpConsent(), data, user.id());
        step(id, new CrossBorderReferral.Step(CrossBorderStep.SENT, sentOn, null), null, true, user.id(), null);
        audit.record(AuditEvent.of(SENT, "exchange", id).with("victim", facts.reference())
                .with("country", peer.country()).with("purpose", purpose.name()).with("fields", fieldNames(data)));
        return id;
    }

    /** The purpose's fields of the victim (and of the person, for a purpose that names them), by the format's names. */
    private static ObjectNode data(TransferPurpose purpose, VictimViews.VictimView victim, PersonDetails person,
            Set<ServiceType> needs) {
        ObjectNode data = JSON.createObjectNode();
        for (TransferField field : purpose.fields()) {
            switch (field) {
                case FIRST_NAME -> putText(data, field, person.givenName());
                case MIDDLE_NAME -> putText(data, field, person.patronymic());
                case SECOND_NAME -> putText(data, field, person.surname());
                case BIRTHDATE -> putText(data, field, person.birthDate() == null ? null : person.birthDate()
                        .toString());
                case GENDER -> data.put(field.json(), Vocabulary.gender(person != null ? person.sex()
                        : victim.situation().sex()));
                case CITIZENSHIP -> {
                    ArrayNode countries = data.putArray(field.json());
                    person.citizenships().forEach(country -> countries.add(country.value()));
                }
                case AGE -> {
                    if (victim.situation().ageAtIdentification() != null) {
                        data.put(field.json(), victim.situation().ageAtIdentification());
                    }
                }
                case EXPLOITATION -> {
                    ArrayNode forms = data.putArray(field.json());
                    victim.situation().forms().stream().sorted().forEach(form -> forms.add(Vocabulary.exploitation(
                            form)));
                }
                case NEEDS -> {
                    ArrayNode wanted = data.putArray(field.json());
                    needs.stream().sorted().forEach(need -> wanted.add(need.name()));
                }
            }
        }
        return data;
    }

    private static void putText(ObjectNode data, TransferField field, String value) {
        if (value != null) {
            data.put(field.json(), value);
        }
    }

    // --- the steps

    /** Records a step of this side on the referral and tells the peer; refused (400) when the rules forbid it. */
    @Requires(Permission.REFER_ABROAD)
    @Transactional
    void record(long id, CrossBorderStep kind, LocalDate on, String detail) {
        QorgauUser user = QorgauUser.required();
        Row row = visible(id, user);
        CrossBorderReferral.Step step = new CrossBorderReferral.Step(kind, on, detail == null || detail.isBlank()
                ? null : detail.strip());
        CrossBorderStep.Side side = row.outgoing() ? CrossBorderStep.Side.SENDER : CrossBorderStep.Side.RECEIVER;
        CrossBorderReferral referral = referral(row);
        Optional<String> refusal = referral.refusal(step, side, today.date());
        if (refusal.isPresent()) {
            String key = refusal.get();
            String field = key.contains("date") || key.endsWith("arrival-before-departure") ? "occurredOn"
                    : key.endsWith(".detail") ? "detail" : "step";
            throw new InvalidFieldException(field, key);
        }
        step(id, step, referral.with(step).status(), true, user.id(), null);
        if (!row.outgoing() && row.organisationId() == null) {
            jdbc.sql("update exchange_referral set organisation_id = :organisation where id = :id").param("id", id)
                    .param("organisation", user.organisationId()).update();
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("referral", row.uid().toString());
        body.put("step", kind.name());
        body.put("on", on.toString());
        if (step.detail() != null) {
            body.put("detail", step.detail());
        }
        outbox.enqueue(row.peerId(), REFERRAL_STEP, body);
        audit.record(AuditEvent.of(STEP, "exchange", id).with("step", kind.name()).with("country", row
                .country()));
    }

    // --- receiving (the inbox, in its transaction)

    /** Why a peer's message about referrals is refused (a message key), or empty when it is taken. */
    Optional<String> refusal(Peers.Peer peer, Inbox.Message message) {
        JsonNode body = message.body();
        LocalDate sentOn = message.sentAt().atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
        switch (message.kind()) {
            case REFERRAL -> {
                UUID uid = uuid(body.path("referral"));
                TransferPurpose purpose = TransferPurpose.of(body.path("purpose").asString(""));
                LocalDate sent = date(body.path("sentOn"));
                JsonNode consent = body.path("consent");
                LocalDate given = date(consent.path("givenOn"));
                JsonNode person = body.get("person");
                if (uid == null || purpose == null || sent == null || given == null || given.isAfter(sent)
                        || sent.isAfter(sentOn) || !consent.path("followUp").isBoolean() || person == null
                        || !person.isObject()) {
                    return Optional.of("exchange.referral.error.message");
                }
                if (!peers.country().equals(consent.path("toCountry").asString(""))) {
                    return Optional.of("exchange.referral.error.consent-country");
                }
                for (String name : person.propertyNames()) {
                    TransferField field = TransferField.ofJson(name);
                    if (field == null || !purpose.fields().contains(field)) {
                        return Optional.of("exchange.referral.error.beyond-purpose");
                    }
                    JsonNode value = person.get(name);
                    boolean list = field == TransferField.CITIZENSHIP || field == TransferField.EXPLOITATION
                            || field == TransferField.NEEDS;
                    if (list ? !value.isArray() || value.size() > 20 || !allShortTexts(value.iterator())
                            : field == TransferField.AGE ? !value.isInt()
                            : !value.isString() || value.asString().length() > MAX_TEXT) {
                        return Optional.of("exchange.referral.error.message");
                    }
                }
                if (find(uid, peer.id()).isPresent()) {
                    return Optional.of("exchange.referral.error.known");
                }
                return Optional.empty();
            }
            case REFERRAL_STEP -> {
                UUID uid = uuid(body.path("referral"));
                CrossBorderStep kind = CrossBorderStep.of(body.path("step").asString(""));
                LocalDate on = date(body.path("on"));
                if (uid == null || kind == null || on == null) {
                    return Optional.of("exchange.referral.error.message");
                }
                Optional<Row> row = find(uid, peer.id());
                if (row.isEmpty()) {
                    return Optional.of("exchange.referral.error.unknown");
                }
                // the peer takes the other side's steps
                CrossBorderStep.Side side = row.get().outgoing() ? CrossBorderStep.Side.RECEIVER
                        : CrossBorderStep.Side.SENDER;
                return referral(row.get()).refusal(new CrossBorderReferral.Step(kind, on, text(body.path("detail"))),
                        side, sentOn);
            }
            default -> {
                return Optional.of("exchange.message.error.kind");
            }
        }
    }

    /** Takes a peer's message that {@link #refusal} let through. */
    void receive(Peers.Peer peer, Inbox.Message message) {
        JsonNode body = message.body();
        UUID uid = uuid(body.path("referral"));
        if (REFERRAL.equals(message.kind())) {
            TransferPurpose purpose = TransferPurpose.of(body.path("purpose").asString());
            JsonNode consent = body.path("consent");
            long id = insert(uid, "IN", peer.id(), purpose, null, null, date(consent.path("givenOn")), consent.path(
                    "followUp").asBoolean(), (ObjectNode) body.get("person"), null);
            step(id, new CrossBorderReferral.Step(CrossBorderStep.SENT, date(body.path("sentOn")), null), null, false,
                    null, message.id());
            audit.record(AuditEvent.of(RECEIVED, "exchange", id).with("country", peer.country())
                    .with("purpose", purpose.name()).with("message", message.id()).by("peer:" + peer.keyId()));
            return;
        }
        Row row = find(uid, peer.id()).orElseThrow();
        CrossBorderStep kind = CrossBorderStep.of(body.path("step").asString());
        CrossBorderReferral.Step step = new CrossBorderReferral.Step(kind, date(body.path("on")), text(body.path(
                "detail")));
        step(row.id(), step, referral(row).with(step).status(), false, null, message.id());
        audit.record(AuditEvent.of(STEP, "exchange", row.id()).with("step", kind.name()).with("country",
                peer.country()).with("message", message.id()).by("peer:" + peer.keyId()));
    }

    // --- reading

    /**
     * The referrals of the user's organisation, newest first: those it sent ({@code OUT}), or those received from the
     * peers that it answered or that no one has answered yet ({@code IN}); of one status if one is given; with
     * {@code due}, only those whose next follow-up is due by today. The work queue counts with this list.
     */
    @Requires(Permission.REFER_ABROAD)
    @Transactional(readOnly = true)
    PageResponse<Item> list(String direction, CrossBorderReferral.Status status, boolean due, int page) {
        QorgauUser user = QorgauUser.required();
        String which = "IN".equals(direction) ? "IN" : "OUT";
        Map<String, Object> params = new HashMap<>();
        params.put("which", which);
        params.put("organisation", user.organisationId());
        String where = " from exchange_referral r join exchange_peer p on p.id = r.peer_id where r.direction = :which"
                + " and " + scope("r");
        if (status != null) {
            where += " and r.status = :status";
            params.put("status", status.name());
        }
        // a referral's follow-ups are worked out from its steps: the due ones are found among those with consent
        if (due) {
            where += " and r.follow_up_consent and r.status in ('ACCEPTED', 'COMPLETED')";
        }
        List<Row> rows = jdbc.sql("select r.*, p.country, p.name as peer_name" + where
                + " order by r.created_at desc, r.id desc").params(params).query((rs, n) -> row(rs)).list();
        LocalDate now = today.date();
        // every listed referral's steps in one query, not one query a referral (the start page counts three lists)
        Map<Long, List<CrossBorderReferral.Step>> stepsOf = new HashMap<>();
        if (!rows.isEmpty()) {
            jdbc.sql("""
                    select referral_id, kind, occurred_on, detail from exchange_referral_event
                    where referral_id = any(:ids) order by id""").param("ids", rows.stream().map(Row::id).toArray(
                    Long[]::new)).query(rs -> {
                        stepsOf.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(
                                new CrossBorderReferral.Step(CrossBorderStep.valueOf(rs.getString(2)), rs.getObject(3,
                                        LocalDate.class), rs.getString(4)));
                    });
        }
        Map<Row, CrossBorderReferral> referrals = new LinkedHashMap<>();
        rows.forEach(row -> referrals.put(row, new CrossBorderReferral(row.purpose(), row.followUpConsent(), stepsOf
                .getOrDefault(row.id(), List.of()))));
        List<Row> listed = rows.stream().filter(row -> !due || nextDue(referrals.get(row)).filter(date -> !date
                .isAfter(now)).isPresent()).toList();
        PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
        List<Row> shown = listed.stream().skip(request.getOffset()).limit(PAGE_SIZE).toList();
        Map<Long, String> references = victims.references(shown.stream().map(Row::victimId).filter(v -> v != null)
                .toList());
        List<Item> items = shown.stream().map(row -> {
            CrossBorderReferral referral = referrals.get(row);
            return new Item(row.id(), row.uid(), row.direction(), row.country(), row.peerName(), row.purpose(),
                    referral.status(), row.victimId() == null ? null : references.get(row.victimId()), referral
                            .sentOn(), nextDue(referral).orElse(null));
        }).toList();
        return PageResponse.of(items, request, listed.size());
    }

    private static Optional<LocalDate> nextDue(CrossBorderReferral referral) {
        return referral.due(CrossBorderStep.FOLLOW_UP_3_MONTHS).or(() -> referral.due(
                CrossBorderStep.FOLLOW_UP_12_MONTHS));
    }

    /** A referral of the user's organisation (or received and not yet answered), with what was transferred. */
    @Requires(Permission.REFER_ABROAD)
    @Transactional
    View view(long id) {
        QorgauUser user = QorgauUser.required();
        Row row = visible(id, user);
        List<StoredStep> stored = steps(id);
        CrossBorderReferral referral = new CrossBorderReferral(row.purpose(), row.followUpConsent(), stored.stream()
                .map(StoredStep::step).toList());
        List<TimelineStep> timeline = stored.stream().map(step -> new TimelineStep(step.step().kind(), step.step()
                .on(), step.step().detail() == null ? null : step.step().kind().detailKey(step.step().detail()), step
                        .here())).toList();
        ObjectNode data = (ObjectNode) JSON.readTree(encryption.decrypt(row.data(), context(row.uid(), row
                .direction())));
        if (!row.outgoing()) {
            audit.record(AuditEvent.of(READ, "exchange", id).with("country", row.country()));
        }
        CrossBorderStep.Side side = row.outgoing() ? CrossBorderStep.Side.SENDER : CrossBorderStep.Side.RECEIVER;
        List<CrossBorderStep> possible = new ArrayList<>();
        for (CrossBorderStep kind : CrossBorderStep.values()) {
            String detail = kind.detail() == null ? null : kind.detail().getEnumConstants()[0].name();
            if (referral.refusal(new CrossBorderReferral.Step(kind, today.date(), detail), side, today.date())
                    .isEmpty()) {
                possible.add(kind);
            }
        }
        // the record of either side: the one referred, or the one opened here for the person received
        Long victimId = row.outgoing() ? row.victimId() : row.registeredVictimId();
        return new View(id, row.uid(), row.direction(), row.country(), row.peerName(), row.purpose(), referral
                .status(), victimId == null ? null : victims.references(List.of(victimId)).get(victimId), victimId,
                row.consentOn(), row.followUpConsent(), fields(row.purpose(), data), timeline, referral.due(
                        CrossBorderStep.FOLLOW_UP_3_MONTHS).orElse(null), referral.due(
                                CrossBorderStep.FOLLOW_UP_12_MONTHS).orElse(null), possible, registrable(row,
                                        referral));
    }

    /** A received referral this side took (accepted, not declined) whose person has no record here yet. */
    private static boolean registrable(Row row, CrossBorderReferral referral) {
        return !row.outgoing() && row.registeredVictimId() == null && (referral
                .status() == CrossBorderReferral.Status.ACCEPTED || referral
                        .status() == CrossBorderReferral.Status.COMPLETED);
    }

    // --- a received referral's person registered here

    /**
     * Opens a victim record of the user's organisation for the person of a received referral the organisation took,
     * once: the person registered from the fields received (through the registry's duplicate check, which opens
     * nothing), or an anonymous record for a purpose that names no one; identified on the day given, in the context
     * "other", with the reason naming the referral, never the sender's texts (there are none). The link makes the
     * record the referral's on both pages of this system; nothing is sent to the peer. Answers the record's id.
     */
    @Requires(Permission.REFER_ABROAD)
    @Transactional
    long register(long id, LocalRecord record) {
        QorgauUser user = QorgauUser.required();
        Row row = visible(id, user);
        if (row.outgoing()) {
            throw new NotFoundException("exchange.referral.error.not-found");
        }
        CrossBorderReferral referral = referral(row);
        if (row.registeredVictimId() != null) {
            throw new InvalidFieldException("identifiedOn", "exchange.referral.error.registered");
        }
        if (!registrable(row, referral)) {
            throw new InvalidFieldException("identifiedOn", "exchange.referral.error.register-not-taken");
        }
        LocalDate on = record.identifiedOn();
        if (on == null) {
            throw new InvalidFieldException("identifiedOn", "exchange.referral.error.date-required");
        }
        if (on.isAfter(today.date()) || on.isBefore(referral.sentOn())) {
            throw new InvalidFieldException("identifiedOn", "exchange.referral.error.register-date");
        }
        TraffickingStatus status = "POSSIBLE".equals(record.status()) ? TraffickingStatus.POSSIBLE
                : "PRESUMED".equals(record.status()) ? TraffickingStatus.PRESUMED : null;
        if (status == null) {
            throw new InvalidFieldException("status", "exchange.referral.error.register-status");
        }
        boolean named = row.purpose().fields().contains(TransferField.SECOND_NAME);
        if (named && !record.consentConfirmed()) {
            throw new InvalidFieldException("consentConfirmed", "exchange.referral.error.register-consent");
        }
        ObjectNode data = (ObjectNode) JSON.readTree(encryption.decrypt(row.data(), context(row.uid(), row
                .direction())));
        Sex sex = Vocabulary.sex(text(data.path("gender")));
        Set<CountryCode> citizenship = new LinkedHashSet<>();
        data.path("citizenship").forEach(country -> {
            if (CountryCode.isValid(country.asString(""))) {
                citizenship.add(CountryCode.of(country.asString()));
            }
        });
        Set<ExploitationForm> forms = new LinkedHashSet<>();
        data.path("exploitation").forEach(code -> Vocabulary.constant(ExploitationForm.values(),
                Vocabulary::exploitation, code.asString("")).ifPresent(forms::add));
        LocalDate birthdate = date(data.path("birthdate"));
        Integer age = birthdate != null ? Integer.valueOf(Period.between(birthdate, on).getYears())
                : data.path("ageAtIdentification").isInt() ? Integer.valueOf(data.path("ageAtIdentification")
                        .asInt()) : null;
        Long personId = named ? persons.register(new PersonDetails(text(data.path("secondName")), text(data.path(
                "firstName")), text(data.path("middleName")), birthdate, sex, citizenship, null, List.of(), null,
                null, null, false)).value() : null;
        VictimCommands.Situation situation = new VictimCommands.Situation(sex, age, null, forms, null, null, null,
                null, null, null, null, null, citizenship, null, null, null, null, null, false);
        VictimCommands.Screening screening = new VictimCommands.Screening(on, ScreeningContext.OTHER, age != null
                && age < 18, forms.contains(ExploitationForm.SEXUAL_EXPLOITATION) ? ExploitationKind.SEXUAL
                        : ExploitationKind.LABOUR, null, null, status, messages.getMessage(
                                "exchange.referral.register-reason", new Object[]{ row.country(), row.uid()
                                        .toString() }, LocaleContextHolder.getLocale()));
        Map<ConsentScope, ConsentDecision> consents = record.consentConfirmed() ? Map.of(ConsentScope.PROCESSING,
                ConsentDecision.GIVEN) : Map.of();
        VictimImports.Registered victim = victimCommands.register(new VictimCommands.Registration(personId,
                !named, situation, screening, consents));
        jdbc.sql("update exchange_referral set registered_victim_id = :victim where id = :id").param("victim",
                victim.id()).param("id", id).update();
        audit.record(AuditEvent.of(REGISTERED, "exchange", id).with("country", row.country()).with("victim",
                victim.reference()).with("anonymous", !named));
        return victim.id();
    }

    private static List<Field> fields(TransferPurpose purpose, ObjectNode data) {
        List<Field> fields = new ArrayList<>();
        for (TransferField field : purpose.fields()) {
            JsonNode value = data.get(field.json());
            if (value == null) {
                fields.add(new Field(field, null, null, List.of()));
                continue;
            }
            switch (field) {
                case GENDER -> fields.add(new Field(field, null, null, List.of(Vocabulary.sex(value.asString())
                        .messageKey())));
                case EXPLOITATION -> fields.add(new Field(field, null, null, codes(value, code -> Vocabulary.constant(
                        ExploitationForm.values(), Vocabulary::exploitation, code).map(ExploitationForm::messageKey)
                        .orElse(null))));
                case NEEDS -> fields.add(new Field(field, null, null, codes(value, code -> Vocabulary.constant(
                        ServiceType.values(), ServiceType::name, code).map(ServiceType::messageKey).orElse(null))));
                case CITIZENSHIP -> {
                    List<String> countries = new ArrayList<>();
                    value.forEach(country -> countries.add(country.asString()));
                    fields.add(new Field(field, String.join(", ", countries), null, List.of()));
                }
                case BIRTHDATE -> {
                    LocalDate date = date(value);
                    fields.add(new Field(field, date == null ? value.asString() : null, date, List.of()));
                }
                default -> fields.add(new Field(field, value.asString(), null, List.of()));
            }
        }
        return fields;
    }

    private static List<String> codes(JsonNode values, Function<String, String> key) {
        List<String> keys = new ArrayList<>();
        values.forEach(value -> {
            String found = key.apply(value.asString());
            if (found != null) {
                keys.add(found);
            }
        });
        return keys;
    }

    // --- the tables

    private record Row(long id, UUID uid, String direction, long peerId, String country, String peerName,
            TransferPurpose purpose, Long victimId, Long organisationId, LocalDate consentOn, boolean followUpConsent,
            byte[] data, Long registeredVictimId) {

        boolean outgoing() {
            return "OUT".equals(direction);
        }
    }

    private record StoredStep(CrossBorderReferral.Step step, boolean here) {
    }

    /** Which referrals of a table alias the user's organisation sees. */
    private static String scope(String alias) {
        return "(" + alias + ".organisation_id = :organisation or (" + alias + ".direction = 'IN' and " + alias
                + ".organisation_id is null))";
    }

    private Row visible(long id, QorgauUser user) {
        return jdbc.sql("""
                select r.*, p.country, p.name as peer_name from exchange_referral r
                join exchange_peer p on p.id = r.peer_id where r.id = :id and """ + " " + scope("r"))
                .param("id", id).param("organisation", user.organisationId()).query((rs, n) -> row(rs)).optional()
                .orElseThrow(() -> new NotFoundException("exchange.referral.error.not-found"));
    }

    private Optional<Row> find(UUID uid, long peerId) {
        return jdbc.sql("""
                select r.*, p.country, p.name as peer_name from exchange_referral r
                join exchange_peer p on p.id = r.peer_id where r.uid = :uid and r.peer_id = :peer""").param("uid", uid)
                .param("peer", peerId).query((rs, n) -> row(rs)).optional();
    }

    private static Row row(ResultSet rs) throws SQLException {
        long victim = rs.getLong("victim_id");
        Long victimId = rs.wasNull() ? null : victim;
        long organisation = rs.getLong("organisation_id");
        Long organisationId = rs.wasNull() ? null : organisation;
        long registered = rs.getLong("registered_victim_id");
        Long registeredVictimId = rs.wasNull() ? null : registered;
        return new Row(rs.getLong("id"), rs.getObject("uid", UUID.class), rs.getString("direction"), rs.getLong(
                "peer_id"), rs.getString("country"), rs.getString("peer_name"), TransferPurpose.valueOf(rs.getString(
                        "purpose")), victimId, organisationId, rs.getObject("consent_on", LocalDate.class), rs
                                .getBoolean("follow_up_consent"), rs.getBytes("data"), registeredVictimId);
    }

    private CrossBorderReferral referral(Row row) {
        return new CrossBorderReferral(row.purpose(), row.followUpConsent(), steps(row.id()).stream().map(
                StoredStep::step).toList());
    }

    private List<StoredStep> steps(long referralId) {
        return jdbc.sql("""
                select kind, occurred_on, detail, side from exchange_referral_event where referral_id = :id
                order by id""").param("id", referralId).query((rs, n) -> new StoredStep(new CrossBorderReferral.Step(
                CrossBorderStep.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class), rs.getString(3)), "HERE"
                        .equals(rs.getString(4)))).list();
    }

    private long insert(UUID uid, String direction, long peerId, TransferPurpose purpose, Long victimId,
            Long organisationId, LocalDate consentOn, boolean followUp, ObjectNode data, Long userId) {
        return jdbc.sql("""
                insert into exchange_referral (uid, direction, peer_id, purpose, victim_id, organisation_id, status,
                    consent_on, follow_up_consent, data, created_at, created_by_user_id)
                values (:uid, :direction, :peer, :purpose, :victim, :organisation, 'OPEN', :consent, :followUp, :data,
                    :now, :user) returning id""").param("uid", uid).param("direction", direction).param("peer", peerId)
                .param("purpose", purpose.name()).param("victim", victimId).param("organisation", organisationId)
                .param("consent", consentOn).param("followUp", followUp).param("data", encryption.encrypt(JSON
                        .writeValueAsString(data), context(uid, direction))).param("now", Timestamp.from(clock
                                .instant())).param("user", userId).query(Long.class).single();
    }

    /** Keeps a step and, when it changes one, the status it leads to (null: the status stays, as on sending). */
    private void step(long referralId, CrossBorderReferral.Step step, CrossBorderReferral.Status status,
            boolean here, Long userId, UUID messageId) {
        jdbc.sql("""
                insert into exchange_referral_event (referral_id, kind, occurred_on, detail, side, recorded_at,
                    recorded_by_user_id, message_id)
                values (:referral, :kind, :on, :detail, :side, :now, :user, :message)""").param("referral", referralId)
                .param("kind", step.kind().name()).param("on", step.on()).param("detail", step.detail())
                .param("side", here ? "HERE" : "PEER").param("now", Timestamp.from(clock.instant()))
                .param("user", userId).param("message", messageId).update();
        if (status != null) {
            jdbc.sql("update exchange_referral set status = :status where id = :id").param("id", referralId)
                    .param("status", status.name()).update();
        }
    }

    private static String context(UUID uid, String direction) {
        return "exchange.referral/" + direction + "/" + uid;
    }

    private static String fieldNames(ObjectNode data) {
        return String.join(",", data.propertyNames());
    }

    private static UUID uuid(JsonNode node) {
        try {
            return UUID.fromString(node.asString(""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(JsonNode node) {
        try {
            return node.isString() ? LocalDate.parse(node.asString()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }

    private static boolean allShortTexts(Iterator<JsonNode> values) {
        while (values.hasNext()) {
            JsonNode value = values.next();
            if (!value.isString() || value.asString().length() > MAX_TEXT) {
                return false;
            }
        }
        return true;
    }
}
