package com.okradvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Exit codes that never lie: an Error is 70, never 1 (the findings code); output that was not written is not success. */
class ExitCodeTest {

    private static CliRun runFailingWith(Error error) {
        CommandLine commandLine = CliRun.commandLine(Map.of());
        Callable<Integer> failing = () -> {
            throw error;
        };
        commandLine.addSubcommand("fail", new CommandLine(CommandSpec.wrapWithoutInspection(failing)));
        return CliRun.run(commandLine, "fail");
    }

    @Test
    void exitsWith70OnOutOfMemory() {
        CliRun result = runFailingWith(new OutOfMemoryError("Java heap space"));

        assertThat(result.exitCode).isEqualTo(70);
        assertThat(result.err).contains("error: java.lang.OutOfMemoryError: Java heap space").contains("--verbose");
    }

    @Test
    void exitsWith70OnAStackOverflow() {
        CliRun result = runFailingWith(new StackOverflowError());

        assertThat(result.exitCode).isEqualTo(70);
        assertThat(result.err).contains("error: java.lang.StackOverflowError");
    }

    @Test
    void exitsWith74WhenStandardOutputCannotBeWritten() {
        CommandLine commandLine = CliRun.commandLine(Map.of());
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(new Writer() {
            @Override
            public void write(char[] text, int offset, int length) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }));
        commandLine.setErr(new PrintWriter(err, true));

        int code = commandLine.execute("rules");

        assertThat(code).isEqualTo(74);
        assertThat(err.toString()).contains("standard output could not be written");
    }

    @Test
    void relaunchesOnlyWhenTheUsersOptionsChooseNoCollectorAndNoArgumentIsADescriptor() {
        assertThat(ShortRunJvm.isWanted(List.of("-Xmx2g"), List.of("check", "export.json"))).isTrue();
        assertThat(ShortRunJvm.isWanted(List.of("-XX:+UseParallelGC"), List.of("check", "export.json"))).isFalse();
        assertThat(ShortRunJvm.isWanted(List.of("-XX:+UseZGC"), List.of("check", "export.json"))).isFalse();
        assertThat(ShortRunJvm.isWanted(List.of(), List.of("check", "/dev/fd/63"))).isFalse();
        assertThat(ShortRunJvm.isWanted(List.of(), List.of("check", "export.json", "--baseline=/proc/self/fd/12"))).isFalse();
    }
}
