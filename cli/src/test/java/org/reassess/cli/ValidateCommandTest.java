package org.reassess.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  /** The smallest valid case: the required fields of reassess-case/1 and nothing else. */
  private static final String VALID_CASE =
      """
      {
        "format": "reassess-case/1",
        "assessmentDate": "2026-11-02",
        "surgeries": [
          { "date": "2021-05-10", "procedure": "microdiscectomy", "levels": ["L5-S1"] }
        ]
      }
      """;

  /** A valid case plus one field the format does not have. */
  private static final String CASE_WITH_UNKNOWN_FIELD =
      VALID_CASE.replace("\"format\"", "\"colour\": \"blue\",\n  \"format\"");

  @TempDir Path dir;

  @Test
  void validFilesExitZeroAndPrintNothing() throws IOException {
    String first = write("first.json", VALID_CASE);
    String second = write("second.json", VALID_CASE);

    CommandRun run = CommandRun.reassess("validate", first, second);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void invalidFileExitsTwoWithFilePointerAndMessageOnStandardError() throws IOException {
    String bad = write("bad.json", CASE_WITH_UNKNOWN_FIELD);

    CommandRun run = CommandRun.reassess("validate", bad);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().matches(quoted(bad) + ": /colour: .+");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void oneInvalidFileAmongSeveralReportsOnlyThatFileAndExitsTwo() throws IOException {
    String good = write("good.json", VALID_CASE);
    String bad = write("bad.json", CASE_WITH_UNKNOWN_FIELD);
    String alsoGood = write("also-good.json", VALID_CASE);

    CommandRun run = CommandRun.reassess("validate", good, bad, alsoGood);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).isNotEmpty().allMatch(line -> line.startsWith(bad + ": /colour: "));
    assertThat(run.out()).isEmpty();
  }

  @Test
  void problemsAreReportedInTheOrderOfTheFilesGiven() throws IOException {
    String second = write("b.json", CASE_WITH_UNKNOWN_FIELD);
    String first = write("a.json", CASE_WITH_UNKNOWN_FIELD);

    CommandRun run = CommandRun.reassess("validate", second, first);

    assertThat(run.errLines())
        .extracting(line -> line.substring(0, line.indexOf(": ")))
        .containsExactly(second, first);
  }

  @Test
  void fileIsNamedExactlyAsGivenOnTheCommandLine() throws IOException {
    write("bad.json", CASE_WITH_UNKNOWN_FIELD);
    String asTyped = dir + "/./bad.json";

    CommandRun run = CommandRun.reassess("validate", asTyped);

    assertThat(run.errLines()).singleElement().asString().startsWith(asTyped + ": /colour: ");
  }

  @Test
  void missingFileIsInvalidInputWithAnEmptyPointer() {
    CommandRun run = CommandRun.reassess("validate", "no/such/case.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("no/such/case.json: : cannot read file (no such file)");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void everyProblemInAFileIsReportedWithItsPointer() throws IOException {
    String bad =
        write(
            "bad.json",
            CASE_WITH_UNKNOWN_FIELD.replace(
                "\"surgeries\"", "\"symptoms\": { \"legPainNrs\": 12 },\n  \"surgeries\""));

    CommandRun run = CommandRun.reassess("validate", bad);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .hasSize(2)
        .anyMatch(line -> line.startsWith(bad + ": /colour: "))
        .anyMatch(line -> line.startsWith(bad + ": /symptoms/legPainNrs: "));
  }

  @Test
  void malformedJsonIsReportedAgainstTheWholeDocument() throws IOException {
    String broken = write("broken.json", "{ \"format\": ");

    CommandRun run = CommandRun.reassess("validate", broken);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().matches(quoted(broken) + ": : .+");
  }

  @Test
  void directoryIsAFileThatCannotBeRead() {
    CommandRun run = CommandRun.reassess("validate", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(dir + ": : cannot read file (is a directory)");
  }

  @Test
  void missingFileDoesNotStopTheOthersBeingChecked() throws IOException {
    String bad = write("bad.json", CASE_WITH_UNKNOWN_FIELD);

    CommandRun run = CommandRun.reassess("validate", "missing.json", bad);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).first().isEqualTo("missing.json: : cannot read file (no such file)");
    assertThat(run.errLines()).last().asString().startsWith(bad + ": /colour: ");
  }

  @Test
  void summaryGoesToStandardOutput() throws IOException {
    String good = write("good.json", VALID_CASE);
    String bad = write("bad.json", CASE_WITH_UNKNOWN_FIELD);

    CommandRun run = CommandRun.reassess("validate", "--summary", good, bad, "missing.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEqualTo(String.format("3 files checked: 1 valid, 2 invalid%n"));
  }

  @Test
  void summaryOfOneValidFile() throws IOException {
    CommandRun run = CommandRun.reassess("validate", "--summary", write("good.json", VALID_CASE));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(String.format("1 file checked: 1 valid, 0 invalid%n"));
    assertThat(run.err()).isEmpty();
  }

  @Test
  void noFileIsAUsageError() {
    CommandRun run = CommandRun.reassess("validate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "Missing required parameter: 'FILE'",
            "Try 'reassess validate --help' for more information.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownOptionIsAUsageError() throws IOException {
    CommandRun run = CommandRun.reassess("validate", "--strictest", write("good.json", VALID_CASE));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("Unknown option: '--strictest'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void helpDescribesTheErrorFormat() {
    CommandRun run = CommandRun.reassess("validate", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("Usage: reassess validate [-hV] [--summary] FILE...")
        .contains("FILE: JSON-pointer: message");
    assertThat(run.err()).isEmpty();
  }

  private String write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content).toString();
  }

  private static String quoted(String text) {
    return java.util.regex.Pattern.quote(text);
  }
}
