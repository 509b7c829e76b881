package org.reassess.engine.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The published JSON Schema alone: the examples pass it, and it holds the spec's main rules. */
class CaseSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String MINIMAL =
      """
      {"format": "reassess-case/1", "assessmentDate": "2026-03-01",
       "surgeries": [{"date": "2024-05-10", "procedure": "microdiscectomy", "levels": ["L5-S1"]}]}
      """;

  static Stream<Named<Path>> examples() {
    return CaseSchema.examples().stream().map(f -> Named.of(f.getFileName().toString(), f));
  }

  @Test
  void thereAreAtLeastTwelveExamples() {
    assertThat(CaseSchema.examples()).hasSizeGreaterThanOrEqualTo(12);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void exampleIsValid(Path example) {
    assertThat(CaseSchema.validate(example)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void exampleCaseIdIsItsFileNameAndItsDatesAreIn2026(Path example) throws Exception {
    JsonNode c = JSON.readTree(CaseSchema.read(example));
    String name = example.getFileName().toString();
    assertThat(name).matches("[a-z0-9]+(-[a-z0-9]+)*\\.json");
    assertThat(c.path("caseId").asText()).isEqualTo(name.substring(0, name.length() - 5));
    assertThat(LocalDate.parse(c.path("assessmentDate").asText()).getYear()).isEqualTo(2026);
  }

  @Test
  void schemaIsDraft202012WithItsPublishedId() throws Exception {
    JsonNode schema = JSON.readTree(CaseSchema.text());
    assertThat(schema.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.path("$id").asText())
        .isEqualTo("https://reassess.org/schema/reassess-case-1.schema.json");
  }

  @Test
  void acceptsTheSmallestCase() {
    assertThat(CaseSchema.validate(MINIMAL)).isEmpty();
  }

  @Test
  void acceptsAWholeNumberWrittenWithAZeroFraction() {
    assertThat(CaseSchema.validate(with("/patient", "{\"age\": 18.0}"))).isEmpty();
  }

  @Test
  void acceptsAnythingInsideExtensions() {
    assertThat(CaseSchema.validate(with("/extensions", "{\"site\": {\"x\": [1, null, \"y\"]}}")))
        .isEmpty();
  }

  @Test
  void rejectsAnUnknownField() {
    assertThat(CaseSchema.validate(with("/patient", "{\"age\": 40, \"shoeSize\": 43}")))
        .isNotEmpty();
  }

  @Test
  void rejectsAnUnknownEnumerationValue() {
    assertThat(CaseSchema.validate(with("/patient", "{\"sex\": \"F\"}"))).isNotEmpty();
  }

  @Test
  void rejectsAWholeNumberFieldWithAFraction() {
    assertThat(CaseSchema.validate(with("/patient", "{\"age\": 40.5}"))).isNotEmpty();
  }

  @Test
  void rejectsAScoreOutOfItsInstrumentsRange() {
    assertThat(CaseSchema.validate(with("/psychosocial", "{\"tsk\": 16}"))).isNotEmpty();
  }

  @Test
  void rejectsADateThatIsNotInTheCalendar() {
    assertThat(CaseSchema.validate(MINIMAL.replace("2026-03-01", "2026-02-30"))).isNotEmpty();
  }

  @Test
  void rejectsADateNotWrittenYyyyMmDd() {
    assertThat(CaseSchema.validate(MINIMAL.replace("2026-03-01", "2026-3-01"))).isNotEmpty();
  }

  @Test
  void rejectsAnotherFormatVersion() {
    assertThat(CaseSchema.validate(MINIMAL.replace("reassess-case/1", "reassess-case/2")))
        .isNotEmpty();
  }

  @Test
  void rejectsACaseWithoutSurgery() throws Exception {
    ObjectNode c = (ObjectNode) JSON.readTree(MINIMAL);
    c.putArray("surgeries");
    assertThat(CaseSchema.validate(c.toString())).isNotEmpty();
  }

  @Test
  void acceptsEachFindingWithItsOwnAttributes() {
    assertThat(
            CaseSchema.validate(
                withFindings(
                    "{\"type\": \"disc_herniation\", \"level\": \"L5-S1\", \"zone\": \"foraminal\"}",
                    "{\"type\": \"vertebral_fracture\", \"level\": \"L3\", \"acute\": false}",
                    "{\"type\": \"arachnoiditis\", \"levels\": [\"L4-L5\", \"L5-S1\"]}",
                    "{\"type\": \"other\", \"text\": \"Tarlov cyst S2\"}")))
        .isEmpty();
  }

  @Test
  void rejectsAFindingAttributeThatBelongsToAnotherType() {
    assertThat(
            CaseSchema.validate(
                withFindings("{\"type\": \"disc_herniation\", \"status\": \"solid\"}")))
        .isNotEmpty();
  }

  @Test
  void rejectsAFindingOfUnknownType() {
    assertThat(CaseSchema.validate(withFindings("{\"type\": \"cyst\"}"))).isNotEmpty();
  }

  @Test
  void rejectsAFindingWithoutType() {
    assertThat(CaseSchema.validate(withFindings("{\"level\": \"L4-L5\"}"))).isNotEmpty();
  }

  /** {@link #MINIMAL} with the object at {@code pointer} (one level deep) set to {@code json}. */
  private static String with(String pointer, String json) {
    try {
      ObjectNode c = (ObjectNode) JSON.readTree(MINIMAL);
      c.set(pointer.substring(1), JSON.readTree(json));
      return c.toString();
    } catch (Exception e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  private static String withFindings(String... findings) {
    return with(
        "/imaging",
        "[{\"modality\": \"mri\", \"date\": \"2025-01-10\", \"findings\": ["
            + String.join(", ", List.of(findings))
            + "]}]");
  }
}
