package org.reassess.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reassess.report.Readability;

/** {@code reassess evaluate --letter}: the plain-language letter to the patient. */
class PatientLetterTest {

  private static final String CAUDA = "cauda-equina-red-flag.json";
  private static final String RECURRENT = "recurrent-disc-herniation.json";

  /** Flesch–Kincaid grade 8 is about a reading age of 13; the brief aims at 12. */
  private static final double HIGHEST_GRADE = 8.0;

  @TempDir Path dir;

  private static String example(String name) {
    return RepositoryFiles.root().resolve("examples").resolve(name).toString();
  }

  static List<Path> examples() throws IOException {
    return RepositoryFiles.examples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theLetterOfEveryExampleReadsAtGradeEightOrBelow(Path example) {
    CommandRun run =
        CommandRun.reassess("evaluate", "--format", "html", "--letter", example.toString());

    assertThat(run.exitCode()).isZero();
    double grade = Readability.gradeOfHtml(run.out());
    assertThat(grade)
        .as("Flesch–Kincaid grade of the letter for %s", example)
        .isLessThanOrEqualTo(HIGHEST_GRADE);
  }

  @Test
  void htmlLetterIsPrintedInsteadOfTheClinicianReport() {
    CommandRun run =
        CommandRun.reassess("evaluate", "--format", "html", "--letter", example(CAUDA));

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("<!DOCTYPE html>")
        .contains("Your back pain: a summary", "decision support — not a diagnosis")
        .contains("class=\"urgent\"", "Get help today")
        .doesNotContain("Clinician report");
  }

  @Test
  void pdfLetterIsWrittenToOutWithExtractableText() throws IOException {
    Path target = dir.resolve("letter.pdf");

    CommandRun run =
        CommandRun.reassess(
            "evaluate",
            "--format",
            "pdf",
            "--letter",
            "--out",
            target.toString(),
            example(RECURRENT));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Your back pain: a summary", "When to get help right away");
    }
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("letter.pdf");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "text"})
  void letterWithAFormatThatIsNotAReportIsAUsageError(String format) {
    CommandRun run =
        CommandRun.reassess("evaluate", "--format", format, "--letter", example(CAUDA));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("--letter", "--format html or --format pdf");
  }

  @Test
  void letterWithoutAFormatIsAUsageError() {
    CommandRun run = CommandRun.reassess("evaluate", "--letter", example(CAUDA));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
  }
}
