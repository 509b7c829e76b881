package org.reassess.engine.casefile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CaseReaderTest {

  private final CaseReader reader = CaseReader.strict();

  /** A small valid case, with {@code extraFields} added at the top level. */
  private static String caseText(String extraFields) {
    return """
        {"format": "reassess-case/1", "assessmentDate": "2026-11-02",
         "surgeries": [{"date": "2024-03-12", "procedure": "laminectomy", "levels": ["L4-L5"]}]%s}
        """
        .formatted(extraFields.isEmpty() ? "" : ", " + extraFields);
  }

  private static byte[] caseWith(String extraFields) {
    return caseText(extraFields).getBytes(UTF_8);
  }

  private List<String> issues(byte[] json) {
    return reader.validate(json).stream().map(i -> i.pointer() + ": " + i.message()).toList();
  }

  @Test
  void read_minimalCase_leavesEveryOptionalFieldUnknown() throws Exception {
    CaseDocument c = reader.read(caseWith(""));

    assertThat(c.assessmentDate()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(c.surgeries()).singleElement().satisfies(s -> assertThat(s.side()).isNull());
    assertThat(c.patient()).isNull();
    assertThat(c.imaging()).isNull();
    assertThat(c.extensions()).isNull();
  }

  @Test
  void read_emptyArray_staysAnEmptyListNotUnknown() throws Exception {
    CaseDocument c =
        reader.read(
            caseWith(
                "\"imaging\": [{\"modality\": \"mri\", \"date\": \"2026-01-05\", \"findings\": []}],"
                    + " \"symptoms\": {\"dermatomes\": []}"));

    assertThat(c.imaging()).singleElement().satisfies(s -> assertThat(s.findings()).isEmpty());
    assertThat(c.symptoms().dermatomes()).isEmpty();
    assertThat(c.symptoms().painLocations()).isNull();
  }

  @Test
  void validate_validCase_isEmpty() {
    assertThat(reader.validate(caseWith("\"patient\": {\"age\": 40}"))).isEmpty();
  }

  @Test
  void read_wholeNumberWrittenWithZeroFraction_isAcceptedAsJsonSchemaDoes() throws Exception {
    CaseDocument c = reader.read(caseWith("\"patient\": {\"age\": 18.0}"));

    assertThat(c.patient().age()).isEqualTo(18);
  }

  @Test
  void read_integerForNumberField_isThatNumber() throws Exception {
    CaseDocument c = reader.read(caseWith("\"patient\": {\"bmi\": 24}"));

    assertThat(c.patient().bmi()).isEqualTo(24.0);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\"age\": 18.5          | /patient/age: expected a whole number, found number 18.5",
        "\"age\": 1e3           | /patient/age: 1000 is outside 18–110",
        "\"age\": 99999999999999999999999 | /patient/age: 99999999999999999999999 is outside 18–110",
        "\"age\": -1e400        | /patient/age: -1E+400 is outside 18–110",
        "\"age\": true          | /patient/age: expected a whole number, found true",
        "\"age\": {}            | /patient/age: expected a whole number, found an object",
        "\"bmi\": \"24\"        | /patient/bmi: expected a number, found text \"24\"",
        "\"bmi\": 1e400         | /patient/bmi: 1E+400 is outside 10–80",
        "\"sex\": 1             | /patient/sex: expected text (one of: female, male, other, unknown),"
            + " found number 1",
        "\"smoker\": \"false\"  | /patient/smoker: expected true or false, found text \"false\"",
      })
  void validate_wrongPatientValue_saysWhatWasExpectedAndFound(String field, String issue) {
    assertThat(issues(caseWith("\"patient\": {" + field + "}"))).containsExactly(issue);
  }

  @Test
  void validate_hugeNumberWithoutRange_isTooLarge() {
    assertThat(issues(caseWith("\"labs\": {\"crpMgL\": 1e400}")))
        .containsExactly("/labs/crpMgL: 1E+400 is too large");
  }

  @Test
  void validate_hugeCountWithOnlyAMinimum_isTooLarge() {
    assertThat(issues(caseWith("\"symptoms\": {\"painSites\": 3000000000}")))
        .containsExactly("/symptoms/painSites: 3000000000 is too large");
  }

  @Test
  void validate_longTextInMessage_isCut() {
    String longText = "x".repeat(500);

    assertThat(issues(caseWith("\"patient\": {\"sex\": \"" + longText + "\"}")))
        .singleElement()
        .asString()
        .contains("\"" + "x".repeat(60) + "…\" is not one of")
        .hasSizeLessThan(200);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-11-2   | \"2026-11-2\" is not a date in the form YYYY-MM-DD",
        "2026-11-02T10:00 | \"2026-11-02T10:00\" is not a date in the form YYYY-MM-DD",
        "+2026-11-02 | \"+2026-11-02\" is not a date in the form YYYY-MM-DD",
        "2026-02-29  | \"2026-02-29\" is not a real calendar date",
        "2026-13-01  | \"2026-13-01\" is not a real calendar date",
        "2026-04-31  | \"2026-04-31\" is not a real calendar date",
      })
  void validate_badAssessmentDate_isReported(String date, String message) {
    byte[] json = caseText("").replace("2026-11-02", date).getBytes(StandardCharsets.UTF_8);

    assertThat(issues(json)).contains("/assessmentDate: " + message);
  }

  @Test
  void read_leapDay_isARealDate() throws Exception {
    byte[] json = caseText("").replace("2024-03-12", "2024-02-29").getBytes(UTF_8);

    assertThat(reader.read(json).surgeries().get(0).date()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void validate_unknownFieldWithSlashAndTilde_isEscapedInThePointer() {
    assertThat(issues(caseWith("\"a/b~c\": 1")))
        .containsExactly("/a~1b~0c: unknown field \"a/b~c\"");
  }

  @Test
  void validate_duplicateKeyWithSlashAndTilde_isEscapedInThePointer() {
    assertThat(issues(caseWith("\"extensions\": {\"~/\": 1, \"~/\": 2}")))
        .containsExactly("/extensions/~0~1: duplicate field \"~/\"");
  }

  @Test
  void read_extensions_acceptAnyJsonAndKeepIt() throws Exception {
    CaseDocument c =
        reader.read(
            caseWith(
                "\"extensions\": {\"legpain\": 3, \"nested\": {\"a\": [1, 2.5, null, \"x\"]}}"));

    assertThat(c.extensions())
        .containsEntry("legpain", 3)
        .containsEntry("nested", Map.of("a", Arrays.asList(1, 2.5, null, "x")));
  }

  @Test
  void validate_unknownEnumerationValues_listTheAllowedOnes() {
    assertThat(issues(caseWith("\"course\": {\"trajectory\": \"worse\"}")))
        .containsExactly(
            "/course/trajectory: \"worse\" is not one of: worsening, stable, improving");
  }

  @Test
  void validate_vertebraAsFractureSite_isAccepted_butNotAsOtherLevels() {
    String study =
        "\"imaging\": [{\"modality\": \"ct\", \"date\": \"2026-01-01\", \"findings\": ["
            + "{\"type\": \"vertebral_fracture\", \"level\": \"L3\"},"
            + "{\"type\": \"vertebral_fracture\", \"level\": \"T12\"},"
            + "{\"type\": \"vertebral_fracture\", \"level\": \"L2-L3\"},"
            + "{\"type\": \"tumor\", \"level\": \"L3\"}]}]";

    assertThat(issues(caseWith(study)))
        .containsExactly(
            "/imaging/0/findings/3/level: \"L3\" is not one of: T12-L1, L1-L2, L2-L3, L3-L4,"
                + " L4-L5, L5-S1");
  }

  @Test
  void validate_unknownFindingType_doesNotAlsoReportItsFields() {
    String study =
        "\"imaging\": [{\"modality\": \"ct\", \"date\": \"2026-01-01\", \"findings\": ["
            + "{\"type\": \"bulge\", \"level\": \"L3-L4\", \"size\": 3}, {\"level\": \"L3-L4\"}]}]";

    assertThat(issues(caseWith(study)))
        .containsExactly(
            "/imaging/0/findings/0/type: \"bulge\" is not one of: disc_herniation,"
                + " epidural_fibrosis, stenosis, spondylolisthesis, dynamic_instability,"
                + " adjacent_segment_degeneration, fusion_status, hardware_problem,"
                + " facet_arthropathy, disc_degeneration, modic_change, discitis,"
                + " epidural_abscess, fluid_collection, arachnoiditis, sagittal_malalignment,"
                + " vertebral_fracture, sij_arthropathy, hip_osteoarthritis, tumor, other",
            "/imaging/0/findings/1/type: required field is missing");
  }

  @Test
  void validate_structuralAndDateProblems_areAllReportedTogether() {
    byte[] json =
        caseWith(
            "\"patient\": {\"age\": 12}, \"labs\": {\"date\": \"2027-01-01\"}, \"legpain\": 3");

    assertThat(issues(json))
        .containsExactly(
            "/patient/age: 12 is outside 18–110",
            "/legpain: unknown field \"legpain\"",
            "/labs/date: laboratory date 2027-01-01 is after the assessment date 2026-11-02");
  }

  @Test
  void validate_manyProblems_areCappedWithANote() {
    String manyBadLevels = "\"L9\",".repeat(1500) + "\"L9\"";
    byte[] json =
        caseWith("\"imaging\": [], \"preferences\": {\"goals\": [" + manyBadLevels + "]}");

    List<ValidationIssue> issues = reader.validate(json);

    assertThat(issues).hasSize(Issues.MAX_LISTED + 1);
    assertThat(issues.get(Issues.MAX_LISTED))
        .isEqualTo(new ValidationIssue("", "501 more problems are not listed"));
  }

  @Test
  void validate_rootNotAnObject_saysWhatItIs() {
    assertThat(issues("\"case\"".getBytes(UTF_8)))
        .containsExactly(": the case must be a JSON object, found text");
    assertThat(issues("null".getBytes(UTF_8)))
        .containsExactly(": the case must be a JSON object, found null");
  }

  @Test
  void validate_notUtf8_isMalformedJson() {
    byte[] json = {'{', '"', (byte) 0xff, '"', ':', '1', '}'};

    assertThat(issues(json)).singleElement().asString().startsWith(": malformed JSON at line 1");
  }

  @Test
  void read_utf16_isDetectedLikeAnyJsonEncoding() throws Exception {
    byte[] json = caseText("\"caseId\": \"Ünal\"").getBytes(StandardCharsets.UTF_16);

    assertThat(reader.read(json).caseId()).isEqualTo("Ünal");
  }

  // ------------------------------------------------------------------ limits

  @Test
  void read_sixMegabytes_isRefusedAsTooLarge() {
    byte[] json = caseWith("\"caseId\": \"" + "x".repeat(6 * 1024 * 1024) + "\"");

    assertThat(issues(json)).containsExactly(": case is larger than the 5 MB limit");
    assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(json)))
        .isInstanceOf(CaseValidationException.class);
  }

  @Test
  void read_endlessStream_stopsOneBytePastTheLimit() {
    CountingEndlessStream in = new CountingEndlessStream();

    assertThatThrownBy(() -> reader.read(in))
        .isInstanceOfSatisfying(
            CaseValidationException.class,
            e ->
                assertThat(e.issues())
                    .containsExactly(
                        new ValidationIssue("", "case is larger than the 5 MB limit")));
    assertThat(in.delivered).isEqualTo(CaseReader.MAX_BYTES + 1L);
  }

  @Test
  void read_exactlyTheLimit_isNotRefusedForItsSize() {
    String prefix = "{\"format\": \"reassess-case/1\", \"caseId\": \"";
    String suffix = "\"}";
    String filler = "x".repeat(CaseReader.MAX_BYTES - prefix.length() - suffix.length());
    byte[] json = (prefix + filler + suffix).getBytes(UTF_8);

    assertThat(json).hasSize(CaseReader.MAX_BYTES);
    assertThat(issues(json)).doesNotContain(": case is larger than the 5 MB limit");
  }

  @Test
  void validate_tenThousandOpenBrackets_reportsTheDepthLimit() {
    byte[] json = caseWith("\"extensions\": {\"x\": " + "[".repeat(10_000)).clone();

    assertThat(issues(json)).containsExactly(": the case is nested more than 64 levels deep");
  }

  @Test
  void validate_tenThousandBracketsAsTheWholeDocument_isNotAnObject() {
    assertThat(issues("[".repeat(10_000).getBytes(UTF_8)))
        .containsExactly(": the case must be a JSON object, found an array");
  }

  @Test
  void validate_nestingOfExactly64_isAllowed() {
    // the root object is level 1, extensions level 2, then 62 arrays
    byte[] json = caseWith("\"extensions\": {\"x\": " + "[".repeat(62) + "]".repeat(62) + "}");

    assertThat(issues(json)).isEmpty();
    byte[] deeper = caseWith("\"extensions\": {\"x\": " + "[".repeat(63) + "]".repeat(63) + "}");
    assertThat(issues(deeper)).containsExactly(": the case is nested more than 64 levels deep");
  }

  // ------------------------------------------------------------------ files and streams

  @Test
  void read_file_readsTheCase(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("case.json"), caseWith(""));

    assertThat(reader.read(file).format()).isEqualTo(CaseDocument.FORMAT);
  }

  @Test
  void read_missingFile_isAnIoExceptionNotAValidationFailure(@TempDir Path dir) {
    assertThatThrownBy(() -> reader.read(dir.resolve("absent.json")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void read_failingStream_isAnUncheckedIoException() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("disk gone");
          }
        };

    assertThatThrownBy(() -> reader.read(broken)).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void exceptionMessage_namesWhereButNeverTheValues() {
    byte[] json = caseWith("\"caseId\": 7, \"patient\": {\"sex\": \"Jane Doe\"}");

    assertThatThrownBy(() -> reader.read(json))
        .isInstanceOf(CaseValidationException.class)
        .hasMessage("invalid case: 2 problems, the first at /caseId")
        .hasMessageNotContaining("Jane");
  }

  /** An endless stream of spaces that counts what it delivered. */
  private static final class CountingEndlessStream extends InputStream {
    long delivered;

    @Override
    public int read() {
      delivered++;
      return ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      Arrays.fill(b, off, off + len, (byte) ' ');
      delivered += len;
      return len;
    }
  }
}
