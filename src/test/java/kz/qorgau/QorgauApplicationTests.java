package kz.qorgau;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import kz.qorgau.exchange.ImportCommand;
import kz.qorgau.linkage.EncodeCommand;

/** The jar's commands, run without Spring: the first argument names one. */
class QorgauApplicationTests {

    @Test
    void encodeAndImportAreCommandsOfTheJar() {
        assertThat(QorgauApplication.COMMANDS).containsOnlyKeys("encode", "import");
        assertThat(QorgauApplication.COMMANDS.get("import").run(List.of())).as("without a file: its usage")
                .isEqualTo(ImportCommand.USAGE);
        assertThat(QorgauApplication.COMMANDS.get("encode").run(List.of("--help"))).isEqualTo(EncodeCommand.DONE);
    }
}
