package kz.qorgau.hotline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.RandomReference;
import kz.qorgau.system.FieldEncryption;

/**
 * The tips anyone may send through the public form: each lands in the hotline's log as a report of a suspected case
 * by web form, to the hotline named by {@code qorgau.hotline.tips-organisation} (else the first active hotline). The
 * sender's address is kept only as a keyed hash (HMAC under the blind-index key, so that it cannot be reversed by
 * trying addresses without the key), to refuse more than {@code qorgau.hotline.tips-per-hour} tips an hour from one
 * address. Nothing else of the sender is kept; the receipt is not audited (the audit trail keeps the source address
 * of what it records) and says nothing about what exists.
 */
@Service
public class TipBox {

    /** How a tip was taken. */
    public enum Receipt {
        RECEIVED, LIMITED, UNAVAILABLE
    }

    private final Calls calls;
    private final FieldEncryption encryption;
    private final OrganisationRegistry organisations;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perHour;
    private final Long organisation;

    TipBox(Calls calls, FieldEncryption encryption, OrganisationRegistry organisations, JdbcClient jdbc, Clock clock,
            @Value("${qorgau.hotline.tips-per-hour:5}") int perHour,
            @Value("${qorgau.hotline.tips-organisation:#{null}}") Long organisation) {
        this.calls = calls;
        this.encryption = encryption;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.clock = clock;
        this.perHour = perHour;
        this.organisation = organisation;
    }

    /** Takes the tip sent from the address, unless the address sent too many in the last hour. */
    @Transactional
    public Receipt receive(HotlineCommands.Tip tip, String address) {
        InvalidFieldException.refuseFirst(tip.errors());
        Optional<OrganisationSummary> hotline = hotline();
        if (hotline.isEmpty()) {
            return Receipt.UNAVAILABLE;
        }
        Instant now = clock.instant();
        String hash = encryption.blindIndex("TIP_ADDRESS", address == null ? "" : address);
        long recent = jdbc.sql("select count(*) from hotline_call where address_hash = ? and received_at > ?").params(
                hash, Timestamp.from(now.minus(Duration.ofHours(1)))).query(Long.class).single();
        if (recent >= perHour) {
            return Receipt.LIMITED;
        }
        long id = hotline.get().id();
        String context = CallLog.context(id);
        byte[] contact = HotlineCommands.blank(tip.contact()) ? null : encryption.encrypt(tip.contact().strip(),
                context);
        calls.save(Call.tip(RandomReference.unused('H', calls::existsByReference), id, tip, encryption.encrypt(tip
                .account().strip(), context), contact, hash, now));
        return Receipt.RECEIVED;
    }

    private Optional<OrganisationSummary> hotline() {
        if (organisation != null) {
            return organisations.find(organisation).filter(OrganisationSummary::active);
        }
        return organisations.active(OrganisationType.HOTLINE).stream().min(Comparator.comparing(
                OrganisationSummary::id));
    }
}
