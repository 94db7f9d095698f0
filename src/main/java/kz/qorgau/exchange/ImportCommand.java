package kz.qorgau.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.util.unit.DataSize;

import kz.qorgau.identity.ActingAs;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.Permission;
import kz.qorgau.system.Languages;

/**
 * {@code java -jar qorgau.jar import FILE --user NAME [--language ru|kk|en|ky|uz]}: the bulk import of a document of the
 * exchange format from the command line, for migrations: the application starts without its web server on the
 * configured database (the server itself stopped, or an external database), imports the file as the named user, whose
 * account must hold the import permission, prints the report and exits with 0 (imported), 1 (refused: nothing saved)
 * or 2 (the command itself is wrong). The import is the one of the screen and the API: the same checks, all or
 * nothing, audited under the user's name.
 */
public final class ImportCommand {

    public static final int DONE = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage: java -jar qorgau.jar import FILE --user NAME [--language ru|kk|en|ky|uz]
              FILE  a document of the exchange format (JSON, UTF-8, version 1 or 2)
              NAME  the user the records are imported as: an active account with the record-import permission;
                    the records become records of the user's organisation""";

    private final PrintStream out;
    private final PrintStream err;

    ImportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The command as the jar runs it, on standard output and error, for the application class given. */
    public static int run(Class<?> application, List<String> arguments) {
        return new ImportCommand(System.out, System.err).run(arguments, application);
    }

    int run(List<String> arguments, Class<?> application) {
        Arguments parsed = Arguments.parse(arguments);
        if (parsed == null) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        if (!Files.isRegularFile(parsed.file())) {
            err.println("No such file: " + parsed.file());
            return USAGE;
        }
        // the web application's context (its session store among the beans accounts need), with no server started
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.SERVLET).properties("spring.main.banner-mode=off", "server.port=-1").run()) {
            return run(context, parsed);
        }
    }

    /** The import in a started application. */
    int run(ConfigurableApplicationContext context, Arguments arguments) {
        MessageSource messages = context.getBean(MessageSource.class);
        QorgauUser user;
        try {
            user = (QorgauUser) context.getBean(UserDetailsService.class).loadUserByUsername(arguments.user());
        } catch (UsernameNotFoundException e) {
            err.println("No such user: " + arguments.user());
            return USAGE;
        }
        if (!user.isEnabled() || !user.isAccountNonLocked() || !user.may(Permission.IMPORT_RECORDS)) {
            err.println("The user " + arguments.user() + " is not active or may not import records.");
            return USAGE;
        }
        DataSize maxSize = DataSize.parse(context.getBean(Environment.class).getProperty(
                "qorgau.exchange.import.max-size", "256MB"));
        ExchangeImport imports = context.getBean(ExchangeImport.class);
        ImportReport report;
        try (InputStream in = Files.newInputStream(arguments.file())) {
            report = ActingAs.call(user, () -> {
                try {
                    return imports.run(in, Files.size(arguments.file()), maxSize.toBytes(), arguments.file()
                            .getFileName().toString(), ExchangeImport.Channel.COMMAND);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (IOException e) {
            err.println("The file could not be read: " + arguments.file());
            return USAGE;
        }
        ImportReports.Shown shown = context.getBean(ImportReports.class).shown(report, arguments.locale());
        for (String line : lines(shown, messages, arguments.locale())) {
            (shown.imported() ? out : err).println(line);
        }
        return shown.imported() ? DONE : REFUSED;
    }

    /** The report as lines of text: the outcome, the counts, or each problem with its record and path. */
    static List<String> lines(ImportReports.Shown report, MessageSource messages, Locale locale) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.getMessage("exchange.import.report.title", new Object[]{ report.id() }, locale) + ": "
                + messages.getMessage("exchange.import.outcome." + report.outcome(), null, locale));
        report.counts().forEach((kind, counts) -> lines.add("  " + messages.getMessage("exchange.import.kind."
                + kind, null, locale) + ": " + messages.getMessage("exchange.import.created", null, locale) + " "
                + counts.created() + ", " + messages.getMessage("exchange.import.updated", null, locale) + " "
                + counts.updated() + ", " + messages.getMessage("exchange.import.unchanged", null, locale) + " "
                + counts.unchanged()));
        report.problems().forEach(problem -> lines.add(line(problem, messages, locale)));
        report.warnings().forEach(warning -> lines.add(line(warning, messages, locale)));
        if (report.problemsCut()) {
            lines.add("  " + messages.getMessage("exchange.import.problems-cut", new Object[]{ report.problems()
                    .size() }, locale));
        }
        return lines;
    }

    /** A problem or a note: its record (or the document), its path, its message. */
    private static String line(ImportReports.Problem problem, MessageSource messages, Locale locale) {
        String record = problem.kind() == null ? messages.getMessage("exchange.import.document", null, locale)
                : messages.getMessage("exchange.import.kind." + problem.kind(), null, locale) + " " + messages
                        .getMessage("exchange.import.position", new Object[]{ problem.index() }, locale)
                        + (problem.externalId() == null ? "" : " (" + problem.externalId() + ")");
        return "  " + record + " " + problem.path() + ": " + problem.message();
    }

    /** The command's arguments: the file, the user, the language of the report. */
    record Arguments(Path file, String user, Locale locale) {

        static Arguments parse(List<String> arguments) {
            Path file = null;
            String user = null;
            Locale locale = Locale.forLanguageTag("ru");
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                if (argument.equals("--user") && i + 1 < arguments.size()) {
                    user = arguments.get(++i);
                } else if (argument.equals("--language") && i + 1 < arguments.size()) {
                    String language = arguments.get(++i);
                    if (!Languages.SUPPORTED.contains(language)) {
                        return null;
                    }
                    locale = Locale.forLanguageTag(language);
                } else if (!argument.startsWith("--") && file == null) {
                    file = Path.of(argument);
                } else {
                    return null;
                }
            }
            return file == null || user == null || user.isBlank() ? null : new Arguments(file, user, locale);
        }
    }
}
