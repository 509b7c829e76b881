package org.reassess.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code reassess evaluate --format html|pdf}: the clinician report of one case. */
class EvaluateReportFormatsTest {

  private static final String DISCLAIMER = "decision support — not a diagnosis";

  @TempDir Path dir;

  private static String example(String name) {
    return RepositoryFiles.root().resolve("examples").resolve(name).toString();
  }

  private static final String CAUDA = "cauda-equina-red-flag.json";
  private static final String RECURRENT = "recurrent-disc-herniation.json";

  @Test
  void htmlPrintsTheReportOfTheCaseOnStandardOutput() {
    CommandRun run = CommandRun.reassess("evaluate", "--format", "html", example(CAUDA));

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("<!DOCTYPE html>")
        .contains("cauda-equina-red-flag", "RED FLAG", "EMERGENCY", "Cauda equina syndrome")
        .contains(DISCLAIMER)
        .endsWith("</html>\n");
  }

  @Test
  void htmlWithOutWritesTheFileAndNothingToStandardOutput() throws IOException {
    Path target = dir.resolve("report.html");

    CommandRun run =
        CommandRun.reassess(
            "evaluate", "--format", "html", "--out", target.toString(), example(RECURRENT));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(Files.readString(target, StandardCharsets.UTF_8))
        .startsWith("<!DOCTYPE html>")
        .contains("recurrent-disc-herniation", "URGENT", DISCLAIMER);
    assertThat(filesIn(dir)).containsExactly("report.html");
  }

  @Test
  void pdfWithOutWritesAPdfAndSaysNothing() throws IOException {
    Path target = dir.resolve("report.pdf");

    CommandRun run =
        CommandRun.reassess(
            "evaluate", "--format", "pdf", "--out", target.toString(), example(CAUDA));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    byte[] pdf = Files.readAllBytes(target);
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(new String(pdf, StandardCharsets.ISO_8859_1).stripTrailing()).endsWith("%%EOF");
    assertThat(filesIn(dir)).containsExactly("report.pdf");
  }

  @Test
  void pdfWithoutOutIsAUsageErrorAndPrintsNothing() {
    CommandRun run = CommandRun.reassess("evaluate", "--format", "pdf", example(CAUDA));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "--format pdf needs --out PATH: a PDF is binary and is not written to the terminal",
            "Try 'reassess evaluate --help' for more information.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "pdf"})
  void severalFilesWithAReportFormatIsAUsageErrorAndWritesNothing(String format) {
    Path target = dir.resolve("report." + format);

    CommandRun run =
        CommandRun.reassess(
            "evaluate",
            "--format",
            format,
            "--out",
            target.toString(),
            example(CAUDA),
            example(RECURRENT));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines())
        .containsExactly(
            "--format "
                + format
                + " renders the report of one case; got 2 files (run evaluate once per case)",
            "Try 'reassess evaluate --help' for more information.");
    assertThat(target).doesNotExist();
  }

  @Test
  void severalFilesAreRefusedBeforeAnyIsRead() {
    CommandRun run =
        CommandRun.reassess("evaluate", "--format", "html", "no/such/a.json", "no/such/b.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("renders the report of one case").doesNotContain("no/such");
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "pdf"})
  void invalidCaseWritesNoReportFile(String format) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{ \"format\": \"reassess-case/1\" ");
    Path target = dir.resolve("report." + format);

    CommandRun run =
        CommandRun.reassess(
            "evaluate", "--format", format, "--out", target.toString(), bad.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("bad.json");
    assertThat(filesIn(dir)).containsExactly("bad.json");
  }

  @Test
  void pdfReplacesAnEarlierFileAtTheSamePath() throws IOException {
    Path target = Files.writeString(dir.resolve("report.pdf"), "old");

    CommandRun run =
        CommandRun.reassess(
            "evaluate", "--format", "pdf", "--out", target.toString(), example(RECURRENT));

    assertThat(run.exitCode()).isZero();
    assertThat(Files.readAllBytes(target)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void helpNamesEveryFormat() {
    CommandRun run = CommandRun.reassess("evaluate", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("json, text, html, pdf", "pdf needs --out");
  }

  private static List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
