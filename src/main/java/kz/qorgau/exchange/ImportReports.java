package kz.qorgau.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * The imports of the user's organisation and their reports, with each problem said in the reader's language. Another
 * organisation's import does not exist (404).
 */
@Service
class ImportReports {

    /** A problem as the reader reads it: where, and what, in their language. */
    public record Problem(String kind, Integer index, String externalId, String path, String message) {
    }

    /** A report as the reader reads it. */
    public record Shown(long id, ImportReport.Outcome outcome, String fileName, String version, Instant finishedAt,
            Map<String, ImportReport.Counts> counts, List<Problem> problems, int problemCount,
            List<Problem> warnings) {

        public boolean imported() {
            return outcome == ImportReport.Outcome.IMPORTED;
        }

        /** Whether some problems are not listed (only the first {@link ImportProblem#KEPT} are kept). */
        public boolean problemsCut() {
            return problemCount > problems.size();
        }
    }

    private final ImportLedger ledger;
    private final MessageSource messages;

    ImportReports(ImportLedger ledger, MessageSource messages) {
        this.ledger = ledger;
        this.messages = messages;
    }

    @Requires(Permission.IMPORT_RECORDS)
    @Transactional(readOnly = true)
    PageResponse<ImportLedger.Entry> list(int page, int size) {
        long organisation = QorgauUser.required().organisationId();
        PageRequest request = PageRequest.of(Math.max(page, 0), size);
        return PageResponse.of(ledger.list(organisation, (int) request.getOffset(), size), request, ledger.count(
                organisation));
    }

    @Requires(Permission.IMPORT_RECORDS)
    @Transactional(readOnly = true)
    Shown report(long id, Locale locale) {
        ImportReport report = ledger.report(QorgauUser.required().organisationId(), id)
                .orElseThrow(() -> new NotFoundException("exchange.import.not-found"));
        return shown(report, locale);
    }

    Shown shown(ImportReport report, Locale locale) {
        return new Shown(report.id(), report.outcome(), report.fileName(), report.version(), report.finishedAt(),
                report.counts(), said(report.problems(), locale), report.problemCount(), said(report.warnings(),
                        locale));
    }

    private List<Problem> said(List<ImportProblem> problems, Locale locale) {
        return problems.stream().map(problem -> new Problem(problem.kind(), problem.index(), problem.externalId(),
                problem.path(), messages.getMessage(problem.messageKey(), problem.arguments().toArray(), problem
                        .messageKey(), locale))).toList();
    }
}
