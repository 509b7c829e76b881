package org.reassess.engine.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generator reaches what the properties rely on it to reach. */
class CaseArbitrariesTest {

  private static final List<CaseDocument> SAMPLE =
      CaseArbitraries.validCases().sampleStream().limit(200).toList();

  @Test
  void validCases_coverEveryImagingFindingType() {
    Set<String> types =
        SAMPLE.stream()
            .filter(c -> c.imaging() != null)
            .flatMap(c -> c.imaging().stream())
            .flatMap(study -> study.findings().stream())
            .map(ImagingFinding::type)
            .collect(Collectors.toSet());

    assertThat(types).hasSize(21).isEqualTo(ImagingBinder.findingTypes());
  }

  @Test
  void validCases_leaveEachPartSometimesKnownSometimesUnknown() {
    List<Function<CaseDocument, Object>> parts =
        List.of(
            CaseDocument::caseId,
            CaseDocument::patient,
            CaseDocument::course,
            CaseDocument::symptoms,
            CaseDocument::exam,
            CaseDocument::imaging,
            CaseDocument::labs,
            CaseDocument::electrodiagnostics,
            CaseDocument::vascular,
            CaseDocument::diagnosticBlocks,
            CaseDocument::treatmentsTried,
            CaseDocument::psychosocial,
            CaseDocument::function,
            CaseDocument::preferences,
            CaseDocument::extensions);

    for (Function<CaseDocument, Object> part : parts) {
      assertThat(SAMPLE).map(part).anyMatch(Objects::isNull).anyMatch(Objects::nonNull);
    }
  }

  @Test
  void validCases_includeEmptyListsAsRealNegatives() {
    assertThat(SAMPLE)
        .anyMatch(c -> c.imaging() != null && c.imaging().isEmpty())
        .anyMatch(
            c -> c.imaging() != null && c.imaging().stream().anyMatch(s -> s.findings().isEmpty()));
  }

  @Test
  void validCases_spreadOverManyDatesAndSeveralSurgeries() {
    assertThat(SAMPLE.stream().map(CaseDocument::assessmentDate).distinct().count())
        .isGreaterThan(30); // far below what random dates give; jqwik mixes in edge cases
    assertThat(SAMPLE).anyMatch(c -> c.surgeries().size() > 1);
  }
}
