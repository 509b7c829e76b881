package org.reassess.engine.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassess.engine.features.TestCases.aCase;
import static org.reassess.engine.features.TestCases.derive;
import static org.reassess.engine.features.TestCases.record;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reassess.engine.casefile.CaseDocument.Patient;
import org.reassess.engine.casefile.CaseDocument.Sex;

class PatientFeaturesTest {

  private static Map<String, Object> features(Object... patient) {
    return derive(aCase("patient", record(Patient.class, patient))).values();
  }

  @Test
  void copiesWhatIsKnownWithIntegersAsLong() {
    assertThat(features("age", 63, "sex", Sex.FEMALE, "bmi", 31.5, "diabetes", true))
        .containsEntry("age", 63L)
        .containsEntry("sex", "female")
        .containsEntry("bmi", 31.5)
        .containsEntry("diabetes", true);
  }

  @Test
  void falseIsKeptAndUnknownIsAbsent() {
    assertThat(features("smoker", false))
        .containsEntry("smoker", false)
        .doesNotContainKeys("age", "sex", "diabetes", "cancerHistory", "anticoagulated");
  }

  @Test
  void noPatientMeansNoPatientFeature() {
    assertThat(derive(aCase()).values()).doesNotContainKeys("age", "smoker", "osteoporosis");
  }
}
