package org.reassess.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.reassess.engine.casefile.CaseReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reassess validate FILE…}: checks case files against {@code reassess-case/1} and prints
 * each problem on standard error as {@code FILE: JSON-pointer: message}.
 *
 * <p>Standard output stays empty (unless {@code --summary}), so a script can rely on the exit code
 * and a person on the error lines.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = Reassess.Version.class,
    description = {
      "Checks case files (reassess-case/1).",
      "Prints each problem on standard error as FILE: JSON-pointer: message;",
      "a file that cannot be read is reported as FILE: : cannot read file (reason)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every file is a valid case",
      "1:internal error",
      "2:at least one file is invalid or cannot be read"
    })
final class ValidateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Case files (JSON). Relative paths are relative to the current directory.")
  private List<String> files = List.of();

  @Option(
      names = "--summary",
      description = "Also print one line on standard output: how many files were valid.")
  private boolean summary;

  @Override
  public Integer call() {
    CaseReader reader = CaseReader.strict();
    PrintWriter err = spec.commandLine().getErr();
    int invalid = 0;
    for (String file : files) {
      List<String> problems = CaseFiles.read(file, reader).problems();
      problems.forEach(err::println);
      if (!problems.isEmpty()) {
        invalid++;
      }
    }
    err.flush();
    if (summary) {
      PrintWriter out = spec.commandLine().getOut();
      out.println(summaryLine(files.size(), invalid));
      out.flush();
    }
    return invalid == 0 ? ExitCodes.SUCCESS : ExitCodes.INVALID_INPUT;
  }

  private static String summaryLine(int checked, int invalid) {
    return checked
        + (checked == 1 ? " file" : " files")
        + " checked: "
        + (checked - invalid)
        + " valid, "
        + invalid
        + " invalid";
  }
}
