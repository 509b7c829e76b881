package org.reassess.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.Engine;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.assessment.AssessmentWriter;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseReader;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.load.KbSource;
import org.reassess.engine.kb.load.KnowledgeBaseException;
import org.reassess.report.HtmlReport;
import org.reassess.report.PatientLetter;
import org.reassess.report.PdfReport;
import org.reassess.report.TextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reassess evaluate FILE… [--format json|text|html|pdf] [--letter] [--out PATH]}: assesses
 * case files.
 *
 * <p>{@code html} and {@code pdf} are the clinician report, one document per case: they take one
 * file, and a PDF is written to {@code --out} only, never to a terminal. With {@code --letter} they
 * are the plain-language letter to the patient instead.
 *
 * <p>Every input is read and validated before anything is written: one invalid case means exit 2,
 * its problems on standard error, and no output at all (with {@code --out}, no file is left
 * behind). Output is written to a temporary file and moved into place, so a reader never sees half
 * an assessment.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    versionProvider = Reassess.Version.class,
    description = {
      "Assesses case files (reassess-case/1): red flags, differential, work-up.",
      "With --format json and one file, prints one assessment document; with",
      "several, one assessment per line (NDJSON) in input order. --format html or",
      "pdf renders the clinician report of one case (pdf needs --out); with",
      "--letter, the plain-language letter to the patient instead.",
      "Decision support — not a diagnosis."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every case was assessed",
      "1:internal error",
      "2:at least one input is invalid or cannot be read (nothing is written)"
    })
final class EvaluateCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    json,
    text,
    /** The clinician report of one case, a self-contained page. */
    html,
    /** The same report as an A4 PDF; binary, so only to {@code --out}. */
    pdf;

    /** One document per case: several inputs would need several outputs. */
    boolean oneCasePerDocument() {
      return this == html || this == pdf;
    }
  }

  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Case files (JSON).")
  private List<String> files = List.of();

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format = Format.json;

  @Option(
      names = "--out",
      paramLabel = "PATH",
      description = "Write to PATH instead of standard output.")
  private @Nullable Path out;

  @Option(
      names = "--letter",
      description =
          "With --format html or pdf: the letter to the patient, not the clinician report.")
  private boolean letter;

  @Option(
      names = "--kb",
      paramLabel = "DIR",
      description = "Use the knowledge base in DIR instead of the built-in one.")
  private @Nullable Path kbDirectory;

  @Override
  public Integer call() throws IOException {
    checkFormatUsage();
    PrintWriter err = spec.commandLine().getErr();
    List<String> optionProblems = optionProblems();
    optionProblems.forEach(err::println);
    boolean invalid = !optionProblems.isEmpty();
    List<CaseDocument> cases = new ArrayList<>();
    CaseReader reader = CaseReader.strict();
    for (String file : files) {
      CaseFiles.Read read = CaseFiles.read(file, reader);
      read.problems().forEach(err::println);
      if (read.document() == null) {
        invalid = true;
      } else {
        cases.add(read.document());
      }
    }
    if (invalid) {
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }

    Engine engine;
    try {
      engine = new Engine(loadKnowledgeBase());
    } catch (KnowledgeBaseException e) {
      e.issues().forEach(issue -> err.println(KbCommand.problemLine(kbDirectory, issue)));
      err.println(
          "the knowledge base has problems; run: reassess kb check"
              + (kbDirectory == null ? "" : " " + kbDirectory));
      err.flush();
      return kbDirectory == null ? ExitCodes.INTERNAL_ERROR : ExitCodes.INVALID_INPUT;
    }

    List<Assessment> assessments = cases.stream().map(engine::assess).toList();
    if (format == Format.pdf) {
      Path target =
          Objects.requireNonNull(out, "checkFormatUsage lets no pdf through without --out");
      Assessment assessment = assessments.get(0);
      writeAtomically(
          target, letter ? PatientLetter.renderPdf(assessment) : PdfReport.render(assessment));
      return ExitCodes.SUCCESS;
    }
    String rendered = render(assessments);
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      stdout.print(rendered);
      stdout.flush();
    } else {
      writeAtomically(out, rendered.getBytes(StandardCharsets.UTF_8));
    }
    return ExitCodes.SUCCESS;
  }

  /**
   * The report formats' usage rules, checked before any file is read: a wrong command line is a
   * usage error (exit 2, with the pointer to {@code --help}), whatever the files hold.
   */
  private void checkFormatUsage() {
    if (format.oneCasePerDocument() && files.size() > 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--format "
              + format
              + " renders the report of one case; got "
              + files.size()
              + " files (run evaluate once per case)");
    }
    if (letter && !format.oneCasePerDocument()) {
      throw new ParameterException(
          spec.commandLine(),
          "--letter renders the patient letter as html or pdf; add --format html or --format pdf"
              + " (got --format "
              + format
              + ")");
    }
    if (format == Format.pdf && out == null) {
      throw new ParameterException(
          spec.commandLine(),
          "--format pdf needs --out PATH: a PDF is binary and is not written to the terminal");
    }
  }

  /**
   * What makes {@code --out} or {@code --kb} unusable, found before any work. Unchecked, both were
   * internal errors (exit 1): a missing {@code --out} folder named a temporary file the user never
   * asked for, and a {@code --kb} folder without kb.yaml failed inside the loader.
   */
  private List<String> optionProblems() {
    List<String> problems = new ArrayList<>();
    if (out != null) {
      Path folder = out.toAbsolutePath().getParent();
      if (Files.isDirectory(out)) {
        problems.add(out + ": cannot write file (is a directory)");
      } else if (folder == null || !Files.isDirectory(folder)) {
        problems.add(out + ": cannot write file (no such folder)");
      }
    }
    if (kbDirectory != null && !KbCommand.isKnowledgeBaseFolder(kbDirectory)) {
      problems.add(KbCommand.notAKnowledgeBaseFolder(kbDirectory));
    }
    return problems;
  }

  private KnowledgeBase loadKnowledgeBase() throws KnowledgeBaseException {
    KbSource source =
        kbDirectory == null
            ? KbSource.classpath(EvaluateCommand.class.getClassLoader(), "kb")
            : KbSource.directory(kbDirectory);
    return KnowledgeBase.load(source);
  }

  private String render(List<Assessment> assessments) {
    StringBuilder text = new StringBuilder();
    if (format == Format.html) {
      Assessment assessment = assessments.get(0);
      return letter ? PatientLetter.renderHtml(assessment) : HtmlReport.render(assessment);
    }
    if (format == Format.json) {
      if (assessments.size() == 1) {
        return AssessmentWriter.toJson(assessments.get(0)) + "\n";
      }
      assessments.forEach(a -> text.append(AssessmentWriter.toJsonLine(a)).append('\n'));
      return text.toString();
    }
    for (int i = 0; i < assessments.size(); i++) {
      if (assessments.size() > 1) {
        text.append("══════ ").append(files.get(i)).append(" ══════\n");
      }
      text.append(TextReport.render(assessments.get(i))).append('\n');
    }
    return text.toString();
  }

  private static void writeAtomically(Path target, byte[] content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    Path temp = Files.createTempFile(dir, ".reassess-", ".tmp");
    try {
      Files.write(temp, content);
      Files.move(
          temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
