package org.reassess.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.load.KbIssue;
import org.reassess.engine.kb.load.KbLinter;
import org.reassess.engine.kb.load.KbSource;
import org.reassess.engine.kb.load.KnowledgeBaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reassess kb …}: tools for the knowledge base. */
@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    versionProvider = Reassess.Version.class,
    description = "Knowledge-base tools.",
    subcommands = {KbCommand.Check.class},
    synopsisSubcommandLabel = "COMMAND")
final class KbCommand {

  /** Whether {@code directory} holds a knowledge base (the loader needs its kb.yaml). */
  static boolean isKnowledgeBaseFolder(Path directory) {
    return Files.isRegularFile(directory.resolve("kb.yaml"));
  }

  static String notAKnowledgeBaseFolder(Path directory) {
    return directory + ": not a knowledge-base folder (no kb.yaml)";
  }

  /**
   * A problem as {@code FILE:LINE:COL: message}, the file named so that it can be opened from where
   * the command ran ({@code kb/} for the built-in knowledge base, which has no folder).
   */
  static String problemLine(@Nullable Path directory, KbIssue issue) {
    return (directory == null ? "kb/" : directory + "/") + issue;
  }

  /**
   * {@code reassess kb check [DIR]}: loads, compiles and lints the knowledge base and prints each
   * problem on standard error as {@code FILE:LINE:COL: message}.
   */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      versionProvider = Reassess.Version.class,
      description = {
        "Lints the knowledge base (the built-in one, or the one in DIR).",
        "Prints each problem on standard error as FILE:LINE:COL: message."
      },
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {"0:no problem", "1:internal error", "2:at least one problem"})
  static final class Check implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Parameters(
        arity = "0..1",
        paramLabel = "DIR",
        description = "A knowledge-base folder (the one holding kb.yaml).")
    private @Nullable Path directory;

    @Override
    public Integer call() throws KnowledgeBaseException {
      PrintWriter err = spec.commandLine().getErr();
      if (directory != null && !isKnowledgeBaseFolder(directory)) {
        err.println(notAKnowledgeBaseFolder(directory));
        err.flush();
        return ExitCodes.INVALID_INPUT;
      }
      KbSource source =
          directory == null
              ? KbSource.classpath(KbCommand.class.getClassLoader(), "kb")
              : KbSource.directory(directory);
      List<KbIssue> issues = KbLinter.check(source);
      for (KbIssue issue : issues) {
        err.println(problemLine(directory, issue));
      }
      err.flush();
      if (!issues.isEmpty()) {
        return ExitCodes.INVALID_INPUT;
      }
      KnowledgeBase kb = KnowledgeBase.load(source);
      PrintWriter out = spec.commandLine().getOut();
      out.println(
          "knowledge base "
              + kb.id()
              + " "
              + kb.version()
              + " ("
              + kb.contentHash()
              + "): "
              + kb.redFlags().size()
              + " red flags, "
              + kb.causes().size()
              + " causes, "
              + kb.contributors().size()
              + " contributors, "
              + kb.tests().size()
              + " tests, "
              + kb.options().size()
              + " treatment options; no problems");
      out.flush();
      return ExitCodes.SUCCESS;
    }
  }
}
