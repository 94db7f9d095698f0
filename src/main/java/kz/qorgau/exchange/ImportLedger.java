package kz.qorgau.exchange;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The imports of each organisation, and the records they created, by the sender's external id in the importing
 * organisation's own namespace ({@code exchange_import}, {@code exchange_record}, {@code exchange_record_change}).
 */
@Repository
class ImportLedger {

    /** The kinds of record an import keeps by external id. */
    enum Kind {
        PERSON, VICTIM
    }

    /** A record imported before: its id in its module, the digest and (victim records) content last imported. */
    record Imported(long id, long localId, String digest, String content) {
    }

    /** One import in an organisation's list. */
    public record Entry(long id, String username, String channel, String fileName, String version, String outcome,
            Instant startedAt, Instant finishedAt, Map<String, ImportReport.Counts> counts, int problemCount) {

        /** How many records the import created, updated or found unchanged. */
        public int records() {
            return counts.values().stream().mapToInt(ImportReport.Counts::total).sum();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ImportLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts an import's row (its outcome and counts are written when it ends). */
    long start(long organisationId, long userId, String channel, String fileName, String version, Instant at) {
        return jdbc.sql("""
                insert into exchange_import (organisation_id, user_id, channel, file_name, version, outcome,
                    started_at, finished_at, counts, problems, problem_count)
                values (:organisation, :user, :channel, :file, :version, 'IMPORTED', :at, :at, '{}', '[]', 0)
                returning id""").param("organisation", organisationId).param("user", userId)
                .param("channel", channel).param("file", fileName).param("version", version)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    void finish(long id, String outcome, Instant at, Map<String, ImportReport.Counts> counts,
            List<ImportProblem> problems, int problemCount, List<ImportProblem> warnings) {
        jdbc.sql("""
                update exchange_import set outcome = :outcome, finished_at = :at, counts = cast(:counts as jsonb),
                    problems = cast(:problems as jsonb), problem_count = :count, warnings = cast(:warnings as jsonb)
                where id = :id""").param("id", id).param("outcome", outcome).param("at", Timestamp.from(at))
                .param("counts", JSON.writeValueAsString(counts)).param("problems", JSON.writeValueAsString(problems))
                .param("count", problemCount).param("warnings", JSON.writeValueAsString(warnings)).update();
    }

    Optional<Imported> find(long organisationId, Kind kind, String externalId) {
        return jdbc.sql("""
                select id, local_id, digest, content::text as content from exchange_record
                where organisation_id = :organisation and kind = :kind and external_id = :externalId""")
                .param("organisation", organisationId).param("kind", kind.name()).param("externalId", externalId)
                .query((rs, row) -> new Imported(rs.getLong("id"), rs.getLong("local_id"), rs.getString("digest"),
                        rs.getString("content")))
                .optional();
    }

    void created(long organisationId, Kind kind, String externalId, long localId, String digest, String content,
            long importId) {
        long id = jdbc.sql("""
                insert into exchange_record (organisation_id, kind, external_id, local_id, digest, content, import_id)
                values (:organisation, :kind, :externalId, :local, :digest, cast(:content as jsonb), :import)
                returning id""").param("organisation", organisationId).param("kind", kind.name())
                .param("externalId", externalId).param("local", localId).param("digest", digest)
                .param("content", content).param("import", importId).query(Long.class).single();
        change(id, importId, ImportReport.Change.CREATED, digest);
    }

    void updated(long recordId, String digest, String content, long importId) {
        jdbc.sql("""
                update exchange_record set digest = :digest, content = cast(:content as jsonb), import_id = :import
                where id = :id""").param("id", recordId).param("digest", digest).param("content", content)
                .param("import", importId).update();
        change(recordId, importId, ImportReport.Change.UPDATED, digest);
    }

    private void change(long recordId, long importId, ImportReport.Change change, String digest) {
        jdbc.sql("""
                insert into exchange_record_change (record_id, import_id, change, digest)
                values (:record, :import, :change, :digest)""").param("record", recordId).param("import", importId)
                .param("change", change.name()).param("digest", digest).update();
    }

    /** The organisation's imports, newest first, a page at a time. */
    List<Entry> list(long organisationId, int offset, int limit) {
        List<Entry> entries = new ArrayList<>();
        jdbc.sql("""
                select i.id, u.username, i.channel, i.file_name, i.version, i.outcome, i.started_at, i.finished_at,
                    i.counts::text as counts, i.problem_count
                from exchange_import i join identity_user u on u.id = i.user_id
                where i.organisation_id = :organisation
                order by i.id desc offset :offset limit :limit""").param("organisation", organisationId)
                .param("offset", offset).param("limit", limit).query(rs -> {
                    entries.add(new Entry(rs.getLong("id"), rs.getString("username"), rs.getString("channel"),
                            rs.getString("file_name"), rs.getString("version"), rs.getString("outcome"),
                            rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("finished_at").toInstant(),
                            counts(rs.getString("counts")), rs.getInt("problem_count")));
                });
        return entries;
    }

    int count(long organisationId) {
        return jdbc.sql("select count(*) from exchange_import where organisation_id = :organisation")
                .param("organisation", organisationId).query(Integer.class).single();
    }

    /** An import of the organisation with its problems, or empty (another organisation's import does not exist). */
    Optional<ImportReport> report(long organisationId, long id) {
        return jdbc.sql("""
                select id, outcome, file_name, version, finished_at, counts::text as counts,
                    problems::text as problems, problem_count, warnings::text as warnings
                from exchange_import where id = :id and organisation_id = :organisation""").param("id", id)
                .param("organisation", organisationId)
                .query((rs, row) -> new ImportReport(rs.getLong("id"), ImportReport.Outcome.valueOf(rs.getString(
                        "outcome")), rs.getString("file_name"), rs.getString("version"), rs.getTimestamp(
                                "finished_at").toInstant(), counts(rs.getString("counts")), JSON.readValue(rs
                                        .getString("problems"), new TypeReference<List<ImportProblem>>() {
                                        }), rs.getInt("problem_count"), JSON.readValue(rs.getString("warnings"),
                                                new TypeReference<List<ImportProblem>>() {
                                                })))
                .optional();
    }

    private static Map<String, ImportReport.Counts> counts(String json) {
        return JSON.readValue(json, new TypeReference<Map<String, ImportReport.Counts>>() {
        });
    }
}
