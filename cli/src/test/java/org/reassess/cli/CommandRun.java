package org.reassess.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** One in-process run of the command line, with what it printed on each stream. */
record CommandRun(int exitCode, String out, String err) {

  /** Runs {@code reassess ARGS…} exactly as {@code main} configures it (no debug output). */
  static CommandRun reassess(String... args) {
    return run(Reassess.commandLine(false), args);
  }

  static CommandRun run(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new CommandRun(exitCode, out.toString(), err.toString());
  }

  List<String> errLines() {
    return err.lines().toList();
  }
}
