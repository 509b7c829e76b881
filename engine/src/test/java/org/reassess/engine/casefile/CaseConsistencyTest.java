package org.reassess.engine.casefile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The boundaries of the cross-field date rules; the fixtures show each rule failing. */
class CaseConsistencyTest {

  private final CaseReader reader = CaseReader.strict();

  private static byte[] caseWith(String surgeryDate, String extraFields) {
    return ("{\"format\": \"reassess-case/1\", \"assessmentDate\": \"2026-11-02\","
            + " \"surgeries\": [{\"date\": \""
            + surgeryDate
            + "\", \"procedure\": \"interbody_fusion\", \"levels\": [\"L4-L5\"]}], "
            + extraFields
            + "}")
        .getBytes(UTF_8);
  }

  @Test
  void monthsBetween_wholeMonths_isExact() {
    assertThat(CaseConsistency.monthsBetween(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 8, 20)))
        .isEqualTo(6.0);
  }

  @Test
  void monthsBetween_partOfAMonth_isItsFraction() {
    assertThat(CaseConsistency.monthsBetween(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 11, 2)))
        .isCloseTo(8.0 + 13.0 / 31.0, within(1e-12));
  }

  @Test
  void painFreeInterval_equalToTheTimeSinceSurgery_isAccepted() {
    byte[] json = caseWith("2026-05-02", "\"course\": {\"painFreeIntervalMonths\": 6}");

    assertThat(reader.validate(json)).isEmpty();
  }

  @Test
  void painFreeInterval_isMeasuredFromTheLatestSurgeryNotTheFirstListed() {
    byte[] json =
        """
        {"format": "reassess-case/1", "assessmentDate": "2026-11-02",
         "surgeries": [
           {"date": "2019-01-10", "procedure": "microdiscectomy", "levels": ["L5-S1"]},
           {"date": "2026-05-02", "procedure": "interbody_fusion", "levels": ["L5-S1"]}],
         "course": {"painFreeIntervalMonths": 6.5}}
        """
            .getBytes(UTF_8);

    assertThat(reader.validate(json))
        .extracting(ValidationIssue::pointer)
        .containsExactly("/course/painFreeIntervalMonths");
  }

  @Test
  void everythingDatedOnTheAssessmentDay_isAccepted() {
    byte[] json =
        caseWith(
            "2026-11-02",
            "\"labs\": {\"date\": \"2026-11-02\"}, \"imaging\": [{\"modality\": \"ct\", \"date\":"
                + " \"2026-11-02\", \"findings\": [{\"type\": \"hardware_problem\"}]}]");

    assertThat(reader.validate(json)).isEmpty();
  }

  @Test
  void postOperativeFinding_onTheDayOfTheFirstSurgery_isAccepted() {
    byte[] json =
        caseWith(
            "2024-03-12",
            "\"imaging\": [{\"modality\": \"ct\", \"date\": \"2024-03-12\", \"findings\":"
                + " [{\"type\": \"fusion_status\", \"status\": \"indeterminate\"}]}]");

    assertThat(reader.validate(json)).isEmpty();
  }

  @Test
  void fluidCollectionOtherThanPseudomeningocele_beforeSurgery_isAccepted() {
    byte[] json =
        caseWith(
            "2024-03-12",
            "\"imaging\": [{\"modality\": \"mri\", \"date\": \"2023-01-10\", \"findings\": ["
                + "{\"type\": \"fluid_collection\", \"kind\": \"abscess\"},"
                + "{\"type\": \"fluid_collection\"}]}]");

    assertThat(reader.validate(json)).isEmpty();
  }
}
