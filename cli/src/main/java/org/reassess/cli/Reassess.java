package org.reassess.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * The {@code reassess} command: the root of the command line behind {@code ./reassess}.
 *
 * <p>Each command is a class of its own, registered in {@code subcommands} below. The commands of
 * {@code assessment-format.md} not listed there yet ({@code evaluate}, {@code kb check}, {@code
 * serve}) are added the same way when they exist: a {@code Callable<Integer>} returning an {@link
 * ExitCodes} value, writing results to {@code spec.commandLine().getOut()} and errors to {@code
 * getErr()}.
 */
@Command(
    name = "reassess",
    mixinStandardHelpOptions = true,
    versionProvider = Reassess.Version.class,
    description = {
      "Re-assesses persistent pain after lumbar spine surgery.",
      "Decision support — not a diagnosis."
    },
    subcommands = {
      ValidateCommand.class,
      EvaluateCommand.class,
      KbCommand.class,
      ServeCommand.class
    },
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal error",
      "2:at least one input is invalid (or the command line is wrong)"
    })
public final class Reassess {

  /** Set to {@code 1} to get the stack trace of an internal error. */
  static final String DEBUG_VARIABLE = "REASSESS_DEBUG";

  public static void main(String[] args) {
    CommandLine commandLine = commandLine("1".equals(System.getenv(DEBUG_VARIABLE)));
    // UTF-8 whatever the platform's default: case files are JSON (UTF-8), and messages quote them
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, UTF_8), true));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, UTF_8), true));
    System.exit(commandLine.execute(args));
  }

  /**
   * The fully configured command line, as {@link #main} runs it; tests replace its output streams.
   *
   * @param debug print the stack trace of internal errors
   */
  static CommandLine commandLine(boolean debug) {
    return new CommandLine(new Reassess())
        .setExecutionExceptionHandler(new InternalErrorHandler(debug))
        .setParameterExceptionHandler(new UsageErrorHandler());
  }

  /** Names the build that is running, and what it is for. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      // the shaded jar's manifest carries Implementation-Version; classes run from target/classes
      // do not
      String version = Reassess.class.getPackage().getImplementationVersion();
      return new String[] {
        "reassess " + (version == null ? "(development build)" : version),
        "decision support — not a diagnosis"
      };
    }
  }
}
