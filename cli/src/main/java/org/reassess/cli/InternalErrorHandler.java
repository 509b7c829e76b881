package org.reassess.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Answers an exception that escaped a command (a bug or a broken environment, never bad input: the
 * commands report that themselves) with exit code 1 and one line on standard error.
 *
 * <p>The stack trace is for developers, so it is printed only when asked for with {@code
 * REASSESS_DEBUG=1}.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {
  private final boolean debug;

  InternalErrorHandler(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    if (debug) {
      exception.printStackTrace(err);
    }
    err.println(
        "reassess: internal error: "
            + oneLine(exception)
            + (debug ? "" : " (set " + Reassess.DEBUG_VARIABLE + "=1 for the stack trace)"));
    err.flush();
    return ExitCodes.INTERNAL_ERROR;
  }

  private static String oneLine(Exception exception) {
    String message = exception.getMessage();
    String text =
        message == null || message.isBlank()
            ? exception.getClass().getName()
            : exception.getClass().getName() + ": " + message;
    return text.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
