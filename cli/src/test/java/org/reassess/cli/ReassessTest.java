package org.reassess.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ReassessTest {

  @Test
  void helpListsTheCommandsOnStandardOutput() {
    CommandRun run = CommandRun.reassess("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Usage: reassess [-hV] COMMAND")
        .contains("Decision support — not a diagnosis.")
        .containsPattern("(?m)^ +validate +Checks case files");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void versionNamesTheBuildAndSaysItIsDecisionSupport() {
    CommandRun run = CommandRun.reassess("--version");

    assertThat(run.exitCode()).isZero();
    // tests run from target/classes, which has no manifest to read the version from
    assertThat(run.out())
        .isEqualTo(
            String.format("reassess (development build)%ndecision support — not a diagnosis%n"));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void noCommandIsAUsageError() {
    CommandRun run = CommandRun.reassess();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "Missing required subcommand", "Try 'reassess --help' for more information.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownCommandIsAUsageErrorWithASuggestion() {
    CommandRun run = CommandRun.reassess("valdate", "case.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("Unmatched arguments")
        .contains("Did you mean: reassess validate")
        .endsWith(String.format("Try 'reassess --help' for more information.%n"));
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unexpectedExceptionIsAnInternalErrorOnOneLine() {
    CommandLine commandLine = Reassess.commandLine(false).addSubcommand(new Failing());

    CommandRun run = CommandRun.run(commandLine, "fail");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly(
            "reassess: internal error: java.lang.IllegalStateException: disk on fire, twice"
                + " (set REASSESS_DEBUG=1 for the stack trace)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void debugModeAddsTheStackTraceToAnInternalError() {
    CommandLine commandLine = Reassess.commandLine(true).addSubcommand(new Failing());

    CommandRun run = CommandRun.run(commandLine, "fail");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("\tat org.reassess.cli.ReassessTest$Failing.call")
        .endsWith(
            String.format(
                "reassess: internal error: java.lang.IllegalStateException: disk on fire,"
                    + " twice%n"));
  }

  /** Stands in for a command with a bug; registered only in these tests. */
  @Command(name = "fail")
  static final class Failing implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("disk on fire,\n  twice");
    }
  }
}
