package kz.qorgau;

import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import kz.qorgau.exchange.ImportCommand;
import kz.qorgau.linkage.EncodeCommand;

@SpringBootApplication
public class QorgauApplication {

    /**
     * A command of the jar run instead of the web application: its arguments in, its exit status out ({@code encode}
     * without Spring; {@code import} starts the application without its web server).
     */
    @FunctionalInterface
    interface Command {
        int run(List<String> arguments);
    }

    /** The commands by the first argument that names them; with any other first argument the application starts. */
    static final Map<String, Command> COMMANDS = Map.of("encode", arguments -> EncodeCommand.standard().run(
            arguments), "import", arguments -> ImportCommand.run(QorgauApplication.class, arguments));

    public static void main(String[] args) {
        Command command = args.length == 0 ? null : COMMANDS.get(args[0]);
        if (command != null) {
            System.exit(command.run(List.of(args).subList(1, args.length)));
        }
        SpringApplication.run(QorgauApplication.class, args);
    }
}
