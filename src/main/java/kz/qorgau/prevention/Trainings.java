package kz.qorgau.prevention;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Today;

/**
 * The trainings held against trafficking, recorded once they are over (their last day has come), with their
 * participants by sex summing to the total. Read them with {@link TrainingRecords}.
 */
@Service
public class Trainings {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    Trainings(JdbcClient jdbc, AuditTrail audit, Clock clock, Today today) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /** Records a training held; answers its id. */
    @Requires(Permission.PREVENTION)
    @Transactional
    public long record(TrainingCommands.Training training) {
        QorgauUser user = QorgauUser.required();
        InvalidFieldException.refuseFirst(training.errors(today.date()));
        long id = jdbc.sql("insert into prevention_training (title, organiser, partners, starts_on, ends_on, region,"
                + " audience, participants, women, men, unknown_sex, hours, materials, recorded_by, recorded_at) values"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id").params(training.title().strip(),
                        training.organiser().strip(), Errors.strip(training.partners()), Date.valueOf(training
                                .startsOn()), Date.valueOf(training.endsOn()), training.region() == null ? null
                                        : training.region().value(), training.audience().name(), training
                                                .participants(), training.women(), training.men(), training
                                                        .unknownSex(), training.hours(), Errors.strip(training
                                                                .materials()), user.getUsername(), Timestamp.from(clock
                                                                        .instant())).query(Long.class).single();
        for (TrainingTopic topic : training.topics()) {
            jdbc.sql("insert into prevention_training_topic (training_id, topic) values (?, ?)").params(id, topic
                    .name()).update();
        }
        audit.record(AuditEvent.of("TRAINING_RECORDED", "training", id).with("audience", training.audience()).with(
                "endsOn", training.endsOn()).with("participants", training.participants()));
        return id;
    }
}
