package org.reassess.server.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormDraftTest {

  @Test
  void aHalfFilledInvalidFormComesBackExactly() {
    Map<String, List<String>> values = new LinkedHashMap<>();
    values.put("patient.age", List.of("4o"));
    values.put("symptoms.dermatomes", List.of("S1", "L5"));
    values.put("surgeries[3].procedure", List.of("<script>alert(1)</script>"));
    values.put("symptoms.weakness.description", List.of("  left foot \"drops\"\n"));

    FormDraft restored = FormDraft.fromJson(new FormDraft(values).toJson());

    assertThat(restored.values()).isEqualTo(values);
  }

  @Test
  void theTokenAndTheButtonsAreNotSaved() {
    Map<String, List<String>> values =
        Map.of("_csrf", List.of("t"), "_add", List.of("surgeries"), "caseId", List.of("a"));

    assertThat(new FormDraft(values).values()).containsOnlyKeys("caseId");
  }

  @Test
  void refusesTextThatIsNotADraft() {
    assertThatThrownBy(() -> FormDraft.fromJson("[1]"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FormDraft.fromJson("{\"a\": 1}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FormDraft.fromJson("{")).isInstanceOf(IllegalArgumentException.class);
  }
}
