package kz.qorgau.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.Iin;
import kz.qorgau.persons.PassportNumber;
import kz.qorgau.persons.PersonDetails;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.FeatureException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Sex;
import kz.qorgau.victims.Answer;
import kz.qorgau.victims.ConsentDecision;
import kz.qorgau.victims.ConsentScope;
import kz.qorgau.victims.ControlMethod;
import kz.qorgau.victims.DelphiIndicator;
import kz.qorgau.victims.ExploitationKind;
import kz.qorgau.victims.IloIndicator;
import kz.qorgau.victims.IsicSection;
import kz.qorgau.victims.RecruiterRelationship;
import kz.qorgau.victims.RecruitmentMethod;
import kz.qorgau.victims.ScreeningContext;
import kz.qorgau.victims.SexExploitationType;
import kz.qorgau.victims.TraffickingStatus;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.VictimImports;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulk import of a document of the exchange format: persons and victim records (with their status history and
 * consents), registered as records of the importing user's organisation through the person registry and the victim
 * registry, record by record, so that every rule of a form holds for an imported record too (and persons go through
 * the registry's duplicate check).
 * <p>
 * <b>All or nothing, in two phases.</b> First the whole document is read and checked against the schema of the
 * version it states; a document that does not follow it saves nothing. Then every record is applied in one
 * transaction, each within a savepoint: a record a module refuses is rolled back to its savepoint and its problem
 * noted, and the import goes on to find every other problem; at the end, any problem rolls the whole transaction back,
 * and only the refusal with its problems is kept. A document without problems commits at once.
 * <p>
 * <b>Idempotent by external id</b>, in the importing organisation's own namespace ({@link ImportLedger}): a record
 * imported before and unchanged is left alone; a changed record is an update (a person's details replaced; a victim
 * record's coded facts replaced, its new status decisions and consents added, as dated entries), kept in the record's
 * history of imports. An update may not rewrite what is dated: who the record is of, when it was identified, the
 * decisions and consents already imported.
 * <p>
 * A filled spreadsheet template ({@link ExchangeWorkbook}) is read into a document first and imported as one.
 * <p>
 * Screenings (version 3) come with their indicators' answers: the first is the identification's, the later ones are
 * recorded as screenings entered by hand would be, in the order of their dates among the decisions.
 * <p>
 * Referrals are not imported: a referral is sent and answered in Qorgau by the organisations themselves (a document
 * carrying referrals is refused with a problem for each); nor are a victim record's services, which their providers
 * record.
 */
@Service
class ExchangeImport {

    static final Pattern EXTERNAL_ID = Pattern.compile("[A-Z]{2}-[A-Z0-9-]+:[a-z]+:[A-Za-z0-9._-]+");
    static final String IMPORTED = "EXCHANGE_IMPORTED";
    static final String REFUSED = "EXCHANGE_IMPORT_REFUSED";

    /** How a document reached the import. */
    enum Channel {
        WEB, API, COMMAND
    }

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeImport.class);
    /**
     * The field of the format a registry's refusal is about, where its message says (the registries name their own
     * forms' fields, not the document's): the problem then points at the field, not only at the record.
     */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("victim.error.region", "/region"),
            Map.entry("victim.error.age", "/ageAtIdentification"),
            Map.entry("victim.error.child-age", "/ageAtIdentification"),
            Map.entry("victim.error.age-when-trafficked", "/ageWhenTrafficked"),
            Map.entry("victim.error.future-date", "/identifiedOn"),
            Map.entry("victim.error.before-identification", "/statusHistory"),
            Map.entry("victim.error.status-unchanged", "/statusHistory"),
            Map.entry("victim.error.identity-needs-consent", "/consents"),
            Map.entry("victim.error.consent-own-law-enforcement", "/consents"),
            Map.entry("victim.error.anonymous-child", "/anonymous"),
            Map.entry("victim.error.sector-form", "/forcedLabourIndustry"),
            Map.entry("victim.error.sex-exploitation-form", "/typeOfSexExploitation"),
            Map.entry("victim.error.stateless-with-citizenship", "/stateless"),
            Map.entry("person.error.iin-birth-date-mismatch", "/identityNumber"),
            Map.entry("person.error.name-required", "/secondName"),
            Map.entry("person.error.name-too-long", "/secondName"),
            Map.entry("person.error.stateless-with-citizenship", "/stateless"),
            Map.entry("person.error.too-many-passports", "/identityDocuments"),
            Map.entry("person.error.birth-date-future", "/birthdate"),
            Map.entry("person.error.birth-date-too-early", "/birthdate"));
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final SchemaCheck schemas;
    private final ExchangeWorkbook workbook;
    private final ImportLedger ledger;
    private final PersonRegistry persons;
    private final VictimImports victims;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate savepoint;
    private final TransactionTemplate separate;

    ExchangeImport(SchemaCheck schemas, ExchangeWorkbook workbook, ImportLedger ledger, PersonRegistry persons,
            VictimImports victims,
            AuditTrail audit, MessageSource messages, Clock clock, PlatformTransactionManager transactions) {
        this.schemas = schemas;
        this.workbook = workbook;
        this.ledger = ledger;
        this.persons = persons;
        this.victims = victims;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Imports the document (UTF-8 JSON, or a filled spreadsheet template) read from {@code in}, at most {@code maxBytes} long, for the current user and
     * their organisation. Never throws for a problem of the document: the report says what was wrong.
     */
    @Requires(Permission.IMPORT_RECORDS)
    ImportReport run(InputStream in, long maxBytes, String fileName, Channel channel) {
        return run(in, -1, maxBytes, fileName, channel);
    }

    /**
     * As {@link #run(InputStream, long, String, Channel)}, for a document whose length is declared beforehand ({@code
     * -1}: not declared): a declared length over the limit is refused without reading anything.
     */
    @Requires(Permission.IMPORT_RECORDS)
    ImportReport run(InputStream in, long declaredLength, long maxBytes, String fileName, Channel channel) {
        QorgauUser user = QorgauUser.required();
        String name = fileName == null ? null : fileName.strip().substring(0, Math.min(fileName.strip().length(),
                255));
        if (declaredLength > maxBytes) {
            return refusedWhole(user, channel, name, null, "exchange.import.too-large", maxBytes / (1024 * 1024));
        }
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        } catch (IOException e) {
            return refusedWhole(user, channel, name, null, "exchange.import.unreadable");
        }
        if (bytes.length > maxBytes) {
            return refusedWhole(user, channel, name, null, "exchange.import.too-large", maxBytes / (1024 * 1024));
        }
        JsonNode tree;
        try {
            tree = ExchangeWorkbook.isWorkbook(bytes) ? workbook.read(new ByteArrayInputStream(bytes)) : JSON
                    .readTree(bytes);
        } catch (IOException e) {
            return refusedWhole(user, channel, name, null, "exchange.import.not-a-workbook");
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            return refusedWhole(user, channel, name, null, "exchange.import.not-json", line, column);
        } catch (JacksonException e) {
            return refusedWhole(user, channel, name, null, "exchange.import.not-json", 0, 0);
        }
        if (tree == null || !tree.isObject() || !ExchangeDocument.FORMAT.equals(tree.path("format").asString(
                null))) {
            return refusedWhole(user, channel, name, null, "exchange.import.not-the-format");
        }
        JsonNode versionNode = tree.path("version");
        String version = versionNode.isString() ? versionNode.asString() : null;
        if (version == null || !ExchangeDocument.READABLE.contains(version)) {
            return refusedWhole(user, channel, name, null, "exchange.import.unknown-version", String.join(", ",
                    ExchangeDocument.READABLE));
        }
        List<ImportProblem> problems = schemas.check(version, tree);
        if (!problems.isEmpty()) {
            return refused(user, channel, name, version, problems, problems.size());
        }
        ExchangeDocument document;
        try {
            document = JSON.treeToValue(tree, ExchangeDocument.class);
        } catch (JacksonException e) {
            return refusedWhole(user, channel, name, version, "exchange.import.not-the-format");
        }
        return apply(user, document, version, name, channel);
    }

    /** The second phase: every record in one transaction, each in a savepoint; committed only without problems. */
    private ImportReport apply(QorgauUser user, ExchangeDocument document, String version, String name,
            Channel channel) {
        Run run = new Run(user, version, messageLocale(user));
        ImportReport report = transaction.execute(status -> {
            run.importId = ledger.start(user.organisationId(), user.id(), channel.name(), name, version, clock
                    .instant());
            persons.registeringMany(() -> {
                each(run, "persons", document.persons(), ExchangeDocument.Person::externalId, this::person);
                each(run, "victims", document.victims(), ExchangeDocument.Victim::externalId, this::victim);
                return null;
            });
            List<ExchangeDocument.Referral> referrals = document.referrals() == null ? List.of() : document
                    .referrals();
            for (int i = 0; i < referrals.size(); i++) {
                run.problem("referrals", i, referrals.get(i).externalId(), "", "exchange.import.referral.not-imported");
            }
            if (run.problemCount > 0) {
                status.setRollbackOnly();
                return null;
            }
            ledger.finish(run.importId, ImportReport.Outcome.IMPORTED.name(), clock.instant(), run.counts, List.of(),
                    0, run.warnings);
            audit.record(AuditEvent.of(IMPORTED, "exchange", run.importId).with("version", version)
                    .with("channel", channel).with("personsCreated", run.count("persons").created())
                    .with("personsUpdated", run.count("persons").updated())
                    .with("personsUnchanged", run.count("persons").unchanged())
                    .with("victimsCreated", run.count("victims").created())
                    .with("victimsUpdated", run.count("victims").updated())
                    .with("victimsUnchanged", run.count("victims").unchanged()));
            return new ImportReport(run.importId, ImportReport.Outcome.IMPORTED, name, version, clock.instant(),
                    run.counts, List.of(), 0, run.warnings);
        });
        return report != null ? report : refused(user, channel, name, version, run.problems, run.problemCount);
    }

    /** A refusal for one problem of the document as a whole. */
    private ImportReport refusedWhole(QorgauUser user, Channel channel, String name, String version,
            String messageKey, Object... arguments) {
        return refused(user, channel, name, version, List.of(ImportProblem.ofDocument(messageKey, arguments)), 1);
    }

    /** A refusal: kept in its own transaction (whatever the import did was rolled back), audited, reported. */
    private ImportReport refused(QorgauUser user, Channel channel, String name, String version,
            List<ImportProblem> problems, int problemCount) {
        return separate.execute(status -> {
            long id = ledger.start(user.organisationId(), user.id(), channel.name(), name, version, clock.instant());
            List<ImportProblem> kept = problems.subList(0, Math.min(problems.size(), ImportProblem.KEPT));
            ledger.finish(id, ImportReport.Outcome.REFUSED.name(), clock.instant(), Map.of(), kept, problemCount,
                    List.of());
            audit.record(AuditEvent.of(REFUSED, "exchange", id).with("version", version == null ? "" : version)
                    .with("channel", channel).with("problems", problemCount));
            return new ImportReport(id, ImportReport.Outcome.REFUSED, name, version, clock.instant(), Map.of(), kept,
                    problemCount, List.of());
        });
    }

    /** What one record's import needs to know of the run. */
    @FunctionalInterface
    private interface Step<T> {
        ImportReport.Change apply(Run run, T record);
    }

    private <T> void each(Run run, String kind, List<T> records, Function<T, String> externalId, Step<T> step) {
        if (records == null) {
            return;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < records.size(); i++) {
            T record = records.get(i);
            String id = externalId.apply(record);
            if (!seen.add(id)) {
                run.problem(kind, i, id, "/externalId", "exchange.import.duplicate-id");
                continue;
            }
            int position = i;
            run.kind = kind;
            run.position = i;
            run.externalId = id;
            int warned = run.warnings.size();
            try {
                ImportReport.Change change = savepoint.execute(status -> step.apply(run, record));
                run.counts.merge(kind, ImportReport.Counts.NONE.plus(change), (a, b) -> new ImportReport.Counts(a
                        .created() + b.created(), a.updated() + b.updated(), a.unchanged() + b.unchanged()));
            } catch (Refusal refusal) {
                run.warnings.subList(warned, run.warnings.size()).clear();
                run.problem(kind, position, id, refusal.path, refusal.messageKey, refusal.arguments);
            } catch (FeatureException refused) {
                run.warnings.subList(warned, run.warnings.size()).clear();
                run.problem(kind, position, id, FIELDS.getOrDefault(refused.messageKey(), ""), refused.messageKey(),
                        harmless(refused.arguments()));
            } catch (RuntimeException failure) {
                run.warnings.subList(warned, run.warnings.size()).clear();
                // never the message: it may quote a value of the record
                LOG.warn("An imported record failed unexpectedly ({}: {} #{})", failure.getClass().getSimpleName(),
                        kind, position + 1);
                run.problem(kind, position, id, "", "exchange.import.record-failed");
            }
        }
    }

    // --- persons

    private ImportReport.Change person(Run run, ExchangeDocument.Person person) {
        if (person.pseudonymous()) {
            throw new Refusal("/pseudonymous", "exchange.import.person.pseudonymous");
        }
        if (person.birthYear() != null && person.birthdate() == null) {
            run.warn("/birthYear", "exchange.import.warning.birth-year");
        }
        if (person.gender() != null && Vocabulary.sex(person.gender()) == Sex.OTHER && !person.gender().equals(
                "NonConforming")) {
            run.warn("/gender", "exchange.import.warning.gender");
        }
        PersonDetails details = new PersonDetails(person.secondName(), person.firstName(), person.middleName(),
                person.birthdate(), Vocabulary.sex(person.gender()), countries(person.citizenship()), iin(person
                        .identityNumber()), passports(person.identityDocuments()), null, null, null, person
                                .stateless());
        String digest = digest(person);
        long organisation = run.user.organisationId();
        ImportLedger.Imported before = ledger.find(organisation, ImportLedger.Kind.PERSON, person.externalId())
                .orElse(null);
        if (before != null) {
            run.persons.put(person.externalId(), before.localId());
            if (before.digest().equals(digest)) {
                return ImportReport.Change.UNCHANGED;
            }
            persons.update(new PersonId(before.localId()), details);
            ledger.updated(before.id(), digest, null, run.importId);
            return ImportReport.Change.UPDATED;
        }
        long id = persons.register(details).value();
        ledger.created(organisation, ImportLedger.Kind.PERSON, person.externalId(), id, digest, null, run.importId);
        run.persons.put(person.externalId(), id);
        return ImportReport.Change.CREATED;
    }

    private static Iin iin(String value) {
        if (value == null) {
            return null;
        }
        if (!Iin.isValid(value)) {
            throw new Refusal("/identityNumber", "exchange.import.person.iin");
        }
        return Iin.of(value);
    }

    private static List<PassportNumber> passports(List<ExchangeDocument.IdentityDocument> documents) {
        if (documents == null) {
            return List.of();
        }
        List<PassportNumber> passports = new ArrayList<>();
        for (ExchangeDocument.IdentityDocument document : documents) {
            passports.add(PassportNumber.of(document.number(), document.country()));
        }
        return passports;
    }

    // --- victim records

    private ImportReport.Change victim(Run run, ExchangeDocument.Victim victim) {
        Long personId = null;
        if (!victim.anonymous()) {
            personId = run.persons.get(victim.person());
            if (personId == null) {
                personId = ledger.find(run.user.organisationId(), ImportLedger.Kind.PERSON, victim.person())
                        .map(ImportLedger.Imported::localId).orElseThrow(() -> new Refusal("/person",
                                "exchange.import.victim.unknown-person"));
            }
        }
        if (victim.gender() != null && Vocabulary.sex(victim.gender()) == Sex.OTHER && !victim.gender().equals(
                "NonConforming")) {
            run.warn("/gender", "exchange.import.warning.gender");
        }
        if (victim.services() != null && !victim.services().isEmpty()) {
            // a service is recorded in Qorgau by the organisation that provides it, as a referral is sent by its own
            throw new Refusal("/services", "exchange.import.victim.services-not-imported");
        }
        List<Decision> decisions = decisions(victim);
        List<ExchangeDocument.Consent> consents = victim.consents() == null ? List.of() : victim.consents();
        VictimCommands.Situation situation = situation(victim);
        String content = JSON.writeValueAsString(victim);
        String digest = digest(victim);
        long organisation = run.user.organisationId();
        ImportLedger.Imported before = ledger.find(organisation, ImportLedger.Kind.VICTIM, victim.externalId())
                .orElse(null);
        if (before != null) {
            if (before.digest().equals(digest)) {
                return ImportReport.Change.UNCHANGED;
            }
            update(run, before, victim, situation, decisions, consents);
            ledger.updated(before.id(), digest, content, run.importId);
            return ImportReport.Change.UPDATED;
        }
        Decision first = decisions.getFirst();
        if (!first.decidedOn().equals(victim.identifiedOn())) {
            throw new Refusal("/statusHistory/0/decidedOn", "exchange.import.victim.first-decision");
        }
        if (first.status() == TraffickingStatus.CONFIRMED) {
            throw new Refusal("/statusHistory/0/traffickingStatus", "exchange.import.victim.first-confirmed");
        }
        // the answers given by the day of identification are asked at registration, the later ones recorded after
        Map<ConsentScope, ConsentDecision> asked = new EnumMap<>(ConsentScope.class);
        List<ExchangeDocument.Consent> later = new ArrayList<>();
        for (ExchangeDocument.Consent consent : consents) {
            ConsentScope scope = code(ConsentScope.values(), consent.scope());
            if (!consent.decidedOn().isAfter(victim.identifiedOn()) && !asked.containsKey(scope)) {
                asked.put(scope, code(ConsentDecision.values(), consent.decision()));
            } else {
                later.add(consent);
            }
        }
        List<Screening> screenings = screenings(victim, decisions);
        VictimCommands.Screening screening;
        if (screenings.isEmpty()) {
            // the indicators' set of a screening: the sexual exploitation one where the record says so, else labour's
            ExploitationKind indicators = victim.typeOfExploitation() != null && victim.typeOfExploitation()
                    .contains(Vocabulary.exploitation(ExploitationForm.SEXUAL_EXPLOITATION)) ? ExploitationKind.SEXUAL
                            : ExploitationKind.LABOUR;
            screening = new VictimCommands.Screening(victim.identifiedOn(), ScreeningContext.OTHER, victim.child(),
                    indicators, null, null, first.status(), reason(run, victim));
        } else {
            screening = screenings.getFirst().command(reason(run, victim));
        }
        long id = victims.register(new VictimCommands.Registration(personId, victim.anonymous(), situation, screening,
                asked)).id();
        replay(run, victim, id, decisions.subList(1, decisions.size()), screenings.isEmpty() ? List.of()
                : screenings.subList(1, screenings.size()));
        record(id, later);
        ledger.created(organisation, ImportLedger.Kind.VICTIM, victim.externalId(), id, digest, content,
                run.importId);
        return ImportReport.Change.CREATED;
    }

    /** A changed victim record: its coded facts replaced; its new decisions and consents added after the old. */
    private void update(Run run, ImportLedger.Imported before, ExchangeDocument.Victim victim,
            VictimCommands.Situation situation, List<Decision> decisions, List<ExchangeDocument.Consent> consents) {
        ExchangeDocument.Victim previous = JSON.readValue(before.content(), ExchangeDocument.Victim.class);
        if (previous.anonymous() != victim.anonymous() || !Objects.equals(previous.person(), victim.person())
                || !previous.identifiedOn().equals(victim.identifiedOn())) {
            throw new Refusal("/identifiedOn", "exchange.import.victim.identity-changed");
        }
        List<Decision> had = decisions(previous);
        if (decisions.size() < had.size() || !decisions.subList(0, had.size()).equals(had)) {
            throw new Refusal("/statusHistory", "exchange.import.victim.history-changed");
        }
        List<Screening> screenings = screenings(victim, decisions);
        List<Screening> hadScreenings = screenings(previous, had);
        if (hadScreenings.isEmpty() && !screenings.isEmpty()) {
            // imported before without its screenings (version 1 or 2): the identification's screening was recorded
            // then without its answers, and stays so; the later ones are added
            run.warn("/screenings/0", "exchange.import.warning.first-screening");
            hadScreenings = screenings.subList(0, 1);
        }
        if (screenings.size() < hadScreenings.size() || !screenings.subList(0, hadScreenings.size()).equals(
                hadScreenings)) {
            throw new Refusal("/screenings", "exchange.import.victim.screenings-changed");
        }
        List<ExchangeDocument.Consent> hadConsents = previous.consents() == null ? List.of() : previous.consents();
        if (consents.size() < hadConsents.size() || !consents.subList(0, hadConsents.size()).equals(hadConsents)) {
            throw new Refusal("/consents", "exchange.import.victim.consents-changed");
        }
        if (!situation(previous).equals(situation) || previous.child() != victim.child()) {
            victims.describeCodes(before.localId(), situation);
        }
        replay(run, victim, before.localId(), decisions.subList(had.size(), decisions.size()), screenings.subList(
                hadScreenings.size(), screenings.size()));
        record(before.localId(), consents.subList(hadConsents.size(), consents.size()));
    }

    /**
     * The decisions and screenings after those already recorded, in the order of their dates (a day's screening before
     * its decisions). A screening whose decision changes the status records that change itself, as a screening entered
     * by hand does: the decision of the same day and status in the document's history is that one, not another.
     */
    private void replay(Run run, ExchangeDocument.Victim victim, long id, List<Decision> decisions,
            List<Screening> screenings) {
        List<Decision> owed = new ArrayList<>();
        int d = 0;
        int s = 0;
        while (d < decisions.size() || s < screenings.size()) {
            if (s < screenings.size() && (d == decisions.size() || !screenings.get(s).screenedOn().isAfter(decisions
                    .get(d).decidedOn()))) {
                Screening screening = screenings.get(s++);
                victims.screen(id, screening.command(reason(run, victim)));
                if (screening.changesStatus()) {
                    owed.add(new Decision(screening.screenedOn(), screening.status()));
                }
            } else {
                Decision decision = decisions.get(d++);
                if (!owed.remove(decision)) {
                    victims.decideStatus(id, new VictimCommands.StatusDecision(decision.status(), decision
                            .decidedOn(), reason(run, victim)));
                }
            }
        }
    }

    private void record(long victimId, List<ExchangeDocument.Consent> consents) {
        for (ExchangeDocument.Consent consent : consents) {
            victims.recordConsent(victimId, new VictimCommands.ConsentAnswer(code(ConsentScope.values(), consent
                    .scope()), code(ConsentDecision.values(), consent.decision()), consent.decidedOn()));
        }
    }

    /** One decision of the status history, oldest first (in the order given among those of one day). */
    private record Decision(LocalDate decidedOn, TraffickingStatus status) {
    }

    private static List<Decision> decisions(ExchangeDocument.Victim victim) {
        List<Decision> decisions = new ArrayList<>();
        for (ExchangeDocument.StatusDecision decision : victim.statusHistory()) {
            decisions.add(new Decision(decision.decidedOn(), status(decision.traffickingStatus(), decision
                    .traffickingStatusDetail())));
        }
        decisions.sort(Comparator.comparing(Decision::decidedOn));
        return decisions;
    }

    /**
     * A screening of the document, in Qorgau's terms, and whether its decision changed the status as the history has
     * it (a change the history must hold on the same day).
     */
    private record Screening(LocalDate screenedOn, ScreeningContext context, boolean child,
            ExploitationKind exploitation, Map<IloIndicator, Answer> ilo, Map<DelphiIndicator, Answer> delphi,
            TraffickingStatus status, boolean changesStatus) {

        VictimCommands.Screening command(String reason) {
            return new VictimCommands.Screening(screenedOn, context, child, exploitation, ilo, delphi, status, reason);
        }
    }

    /**
     * The record's screenings, checked against its status history: oldest first; the first is the identification
     * (its day and decision are the history's first); a later one that changes the status has that change in the
     * history, on its day. None for a record of version 1 or 2.
     */
    private static List<Screening> screenings(ExchangeDocument.Victim victim, List<Decision> decisions) {
        List<ExchangeDocument.Screening> given = victim.screenings() == null ? List.of() : victim.screenings();
        List<Screening> screenings = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            ExchangeDocument.Screening screening = given.get(i);
            String path = "/screenings/" + i;
            if (i > 0 && screening.screenedOn().isBefore(given.get(i - 1).screenedOn())) {
                throw new Refusal(path + "/screenedOn", "exchange.import.victim.screenings-order");
            }
            TraffickingStatus status = at(path, () -> status(screening.traffickingStatus(), screening
                    .traffickingStatusDetail()));
            if (i == 0 && (!screening.screenedOn().equals(victim.identifiedOn()) || status != decisions.getFirst()
                    .status())) {
                throw new Refusal(path, "exchange.import.victim.first-screening");
            }
            // the status when the screening is recorded (the history's before its day; on the day of identification,
            // the identification's), and whether the history decides the screening's status on its day
            TraffickingStatus before = decisions.getFirst().status();
            boolean decidedThatDay = false;
            for (Decision decision : decisions) {
                if (decision.decidedOn().isBefore(screening.screenedOn())) {
                    before = decision.status();
                } else if (decision.decidedOn().equals(screening.screenedOn()) && decision.status() == status) {
                    decidedThatDay = true;
                }
            }
            boolean changes = i > 0 && before != status;
            if (changes && !decidedThatDay) {
                throw new Refusal(path + "/traffickingStatus", "exchange.import.victim.screening-not-in-history");
            }
            screenings.add(new Screening(screening.screenedOn(), at(path + "/context", () -> code(ScreeningContext
                    .values(), screening.context())), screening.child() == null ? victim.child() : screening.child(),
                    at(path + "/exploitation", () -> code(ExploitationKind.values(), screening.exploitation())),
                    at(path + "/ilo", () -> answers(IloIndicator.values(), screening.ilo(), IloIndicator.class)),
                    at(path + "/delphi", () -> answers(DelphiIndicator.values(), screening.delphi(),
                            DelphiIndicator.class)), status, changes));
        }
        return screenings;
    }

    private static <E extends Enum<E>> Map<E, Answer> answers(E[] indicators, Map<String, String> given,
            Class<E> type) {
        Map<E, Answer> answers = new EnumMap<>(type);
        if (given != null) {
            given.forEach((indicator, answer) -> answers.put(code(indicators, indicator), code(Answer.values(),
                    answer)));
        }
        return answers;
    }

    /** What {@code value} gives, a refusal of a code without a path pointed at {@code path}. */
    private static <T> T at(String path, Supplier<T> value) {
        try {
            return value.get();
        } catch (Refusal refusal) {
            throw refusal.path.isEmpty() || refusal.path.equals("/statusHistory") ? new Refusal(path,
                    refusal.messageKey, refusal.arguments.toArray()) : refusal;
        }
    }

    /**
     * The status of an HTCDS code and Qorgau's detail: the detail where given (it tells presumed from confirmed);
     * without it, HTCDS's actual victim is taken as presumed, the lesser of the two, until a decision confirms it.
     */
    static TraffickingStatus status(String htcds, String detail) {
        if (detail != null) {
            TraffickingStatus status = code(TraffickingStatus.values(), detail);
            if (!status.htcdsCode().equals(htcds)) {
                throw new Refusal("/statusHistory", "exchange.import.victim.status-detail");
            }
            return status;
        }
        return switch (htcds) {
            case "PossibleVictimOfTrafficking" -> TraffickingStatus.POSSIBLE;
            case "ActualVictimOfTrafficking" -> TraffickingStatus.PRESUMED;
            case "NotAVictimOfTrafficking" -> TraffickingStatus.NOT_A_VICTIM;
            default -> throw new Refusal("/statusHistory", "exchange.import.schema.code");
        };
    }

    private static VictimCommands.Situation situation(ExchangeDocument.Victim victim) {
        Map<String, Set<CountryCode>> countries = new HashMap<>();
        if (victim.countries() != null) {
            for (ExchangeDocument.Country country : victim.countries()) {
                countries.computeIfAbsent(country.role(), role -> new LinkedHashSet<>()).add(CountryCode.of(country
                        .country()));
            }
        }
        return new VictimCommands.Situation(Vocabulary.sex(victim.gender()), victim.ageAtIdentification(), victim
                .region(),
                codes(ExploitationForm.values(), Vocabulary::exploitation, victim.typeOfExploitation()),
                codes(SexExploitationType.values(), Vocabulary::sexExploitation, victim.typeOfSexExploitation()),
                victim.forcedLabourIndustry() == null ? null
                        : code(IsicSection.values(), Vocabulary::industry, victim.forcedLabourIndustry()),
                codes(RecruitmentMethod.values(), Vocabulary::recruitment, victim.methodOfRecruitment()), null,
                victim.relationshipToTrafficker() == null ? null
                        : code(RecruiterRelationship.values(), Vocabulary::relationship, victim
                                .relationshipToTrafficker()),
                null, codes(ControlMethod.values(), Vocabulary::control, victim.methodsOfControl()), null,
                countries.getOrDefault("Citizenship", Set.of()), countries.getOrDefault("Recruitment", Set.of()),
                countries.getOrDefault("Transit", Set.of()), countries.getOrDefault("Exploitation", Set.of()),
                victim.ageWhenTrafficked(), null, victim.stateless());
    }

    /** The reason each imported decision gives: the document and the record, in the importer's language. */
    private String reason(Run run, ExchangeDocument.Victim victim) {
        return messages.getMessage("exchange.import.reason", new Object[]{ run.importId, victim.externalId() },
                run.locale);
    }

    // --- codes

    private static Set<CountryCode> countries(List<String> codes) {
        Set<CountryCode> countries = new LinkedHashSet<>();
        if (codes != null) {
            codes.forEach(code -> countries.add(CountryCode.of(code)));
        }
        return countries;
    }

    /** The constant whose code (as {@link Vocabulary#code(Enum)} spells it) is the text. */
    static <E extends Enum<E>> E code(E[] constants, String text) {
        return code(constants, Vocabulary::code, text);
    }

    static <E extends Enum<E>> E code(E[] constants, Function<E, String> code, String text) {
        return Vocabulary.constant(constants, code, text).orElseThrow(() -> new Refusal("",
                "exchange.import.schema.code"));
    }

    private static <E extends Enum<E>> Set<E> codes(E[] constants, Function<E, String> code, List<String> texts) {
        Set<E> found = new LinkedHashSet<>();
        if (texts != null) {
            texts.forEach(text -> found.add(code(constants, code, text)));
        }
        return found;
    }

    /** The SHA-256 of the record as the format writes it: equal for a record imported again unchanged. */
    private static String digest(Object record) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsString(
                    record).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The arguments of a module's refusal that may be kept: numbers only (a text may quote the record). */
    private static List<Object> harmless(Object[] arguments) {
        List<Object> kept = new ArrayList<>();
        for (Object argument : arguments) {
            kept.add(argument instanceof Number ? argument : "…");
        }
        return kept;
    }

    /** The language of the request, or else the user's own (the command line has no request). */
    private static Locale messageLocale(QorgauUser user) {
        if (LocaleContextHolder.getLocaleContext() != null) {
            return LocaleContextHolder.getLocale();
        }
        return user.locale() == null ? Locale.forLanguageTag("ru") : Locale.forLanguageTag(user.locale());
    }

    /** One import under way: its user, its records by external id, its counts and problems. */
    private static final class Run {
        final QorgauUser user;
        final String version;
        final Locale locale;
        final Map<String, Long> persons = new HashMap<>();
        final Map<String, ImportReport.Counts> counts = new LinkedHashMap<>();
        final List<ImportProblem> problems = new ArrayList<>();
        final List<ImportProblem> warnings = new ArrayList<>();
        int problemCount;
        long importId;
        /** The record being applied: its kind, position and external id, for the warnings about it. */
        String kind;
        int position;
        String externalId;

        /** A detail of the current record taken in with less than the document gave. */
        void warn(String path, String messageKey) {
            if (warnings.size() < ImportProblem.KEPT) {
                warnings.add(new ImportProblem(kind, position + 1, externalId, "/" + kind + "/" + position + path,
                        messageKey, List.of()));
            }
        }

        Run(QorgauUser user, String version, Locale locale) {
            this.user = user;
            this.version = version;
            this.locale = locale;
            counts.put("persons", ImportReport.Counts.NONE);
            counts.put("victims", ImportReport.Counts.NONE);
        }

        ImportReport.Counts count(String kind) {
            return counts.getOrDefault(kind, ImportReport.Counts.NONE);
        }

        void problem(String kind, int position, String externalId, String path, String messageKey,
                Object... arguments) {
            problem(kind, position, externalId, path, messageKey, List.of(arguments));
        }

        void problem(String kind, int position, String externalId, String path, String messageKey,
                List<Object> arguments) {
            problemCount++;
            if (problems.size() < ImportProblem.KEPT) {
                problems.add(new ImportProblem(kind, position + 1, externalId, "/" + kind + "/" + position + path,
                        messageKey, arguments));
            }
        }
    }

    /** A record refused by the import itself, at a path of the record. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String path;
        final String messageKey;
        final transient List<Object> arguments;

        Refusal(String path, String messageKey, Object... arguments) {
            super(messageKey, null, false, false);
            this.path = path;
            this.messageKey = messageKey;
            this.arguments = List.of(arguments);
        }
    }
}
