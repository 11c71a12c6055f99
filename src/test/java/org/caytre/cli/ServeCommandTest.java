package org.caytre.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Where {@code caytre serve} takes its write token from: a file or the environment, never required on the command line. */
class ServeCommandTest {
    @TempDir Path dir;
    final StringWriter err = new StringWriter();

    @Test void the_token_file_comes_first_then_the_environment_then_the_option_with_a_warning() throws Exception {
        Path file = Files.writeString(dir.resolve("token"), "  t0ken-from-file \nsecond line ignored\n");
        PrintWriter w = new PrintWriter(err);
        assertThat(ServeCommand.token(file, "from-env", "from-option", w)).isEqualTo("t0ken-from-file");
        assertThat(ServeCommand.token(null, "from-env", "from-option", w)).isEqualTo("from-env");
        assertThat(err.toString()).isEmpty();
        assertThat(ServeCommand.token(null, null, "from-option", w)).isEqualTo("from-option");
        assertThat(err.toString()).contains("--write-token shows in the process list");
        assertThat(ServeCommand.token(null, " ", null, w)).isNull();
    }

    @Test void a_missing_or_empty_token_file_is_one_line_naming_it() throws Exception {
        assertThatThrownBy(() -> ServeCommand.token(dir.resolve("nope"), null, null, new PrintWriter(err)))
                .hasMessage("--write-token-file " + dir.resolve("nope") + ": cannot read (no such file)");
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        assertThatThrownBy(() -> ServeCommand.token(empty, null, null, new PrintWriter(err))).hasMessageEndingWith(": the file is empty");
        CommandLine cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(err));
        int status = cmd.execute("serve", "--data", dir.resolve("data").toString(), "--port", "0", "--write-token-file", dir.resolve("nope").toString());
        assertThat(status).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("caytre serve: --write-token-file " + dir.resolve("nope") + ": cannot read (no such file)");
    }
}
