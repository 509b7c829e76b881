package org.reassess.engine.kb.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassess.engine.kb.KbFixture.cause;
import static org.reassess.engine.kb.KbFixture.features;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassess.engine.features.Features;
import org.reassess.engine.kb.Cause;
import org.reassess.engine.kb.Condition;
import org.reassess.engine.kb.KbFixture;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.Truth;

/**
 * Conditions compiled by the loader evaluate in three-valued (Kleene) logic: an unknown feature
 * makes the result unknown unless the other side of {@code ||} / {@code &&} decides it.
 */
class ConditionEvaluationTest {

  @TempDir static Path dir;
  private static Cause conditions;

  @BeforeAll
  static void compileConditions() throws Exception {
    KnowledgeBase kb =
        KbFixture.in(dir)
            .with(
                cause("recurrent_disc_herniation", 0.1)
                    .finding("or", "smoker || diabetes", 10, 1)
                    .finding("and", "smoker && diabetes", 10, 1)
                    .finding("compare", "legPainNrs >= 5", 10, 1)
                    .finding("not", "!smoker", 10, 1)
                    .finding("in_list", "'burning' in neuropathicDescriptors", 10, 1)
                    .finding("in_literals", "sijBlock in ['confirmed', 'positive']", 10, 1)
                    .finding("double", "monthsSinceIndexSurgery < 3.0", 10, 1)
                    .entry())
            .load();
    conditions = kb.causes().get(0);
  }

  private static Truth evaluate(String finding, Features features) {
    return condition(finding).evaluate(features);
  }

  private static Condition condition(String finding) {
    return conditions.findings().stream()
        .filter(f -> f.id().equals(finding))
        .findFirst()
        .orElseThrow()
        .when();
  }

  @Test
  void orIsTrueWhenOneSideIsTrueAndTheOtherUnknown() {
    assertThat(evaluate("or", features("diabetes", true))).isEqualTo(Truth.TRUE);
    assertThat(evaluate("or", features("smoker", true))).isEqualTo(Truth.TRUE);
  }

  @Test
  void andIsFalseWhenOneSideIsFalseAndTheOtherUnknown() {
    assertThat(evaluate("and", features("diabetes", false))).isEqualTo(Truth.FALSE);
    assertThat(evaluate("and", features("smoker", false))).isEqualTo(Truth.FALSE);
  }

  @Test
  void unknownSideThatCannotBeOutweighedMakesTheResultUnknown() {
    assertThat(evaluate("or", features("diabetes", false))).isEqualTo(Truth.UNKNOWN);
    assertThat(evaluate("and", features("diabetes", true))).isEqualTo(Truth.UNKNOWN);
    assertThat(evaluate("or", features())).isEqualTo(Truth.UNKNOWN);
    assertThat(evaluate("and", features())).isEqualTo(Truth.UNKNOWN);
  }

  @Test
  void orAndAndFollowKleeneLogicForEveryCombination() {
    List<Truth> values = List.of(Truth.TRUE, Truth.FALSE, Truth.UNKNOWN);
    for (Truth a : values) {
      for (Truth b : values) {
        Features f = features(bound("smoker", a, "diabetes", b));
        assertThat(evaluate("or", f)).as("%s || %s", a, b).isEqualTo(kleeneOr(a, b));
        assertThat(evaluate("and", f)).as("%s && %s", a, b).isEqualTo(kleeneAnd(a, b));
      }
    }
  }

  @Test
  void comparisonOrNegationOfAnUnknownFeatureIsUnknownNotFalse() {
    assertThat(evaluate("compare", features())).isEqualTo(Truth.UNKNOWN);
    assertThat(evaluate("not", features())).isEqualTo(Truth.UNKNOWN);
    assertThat(evaluate("double", features())).isEqualTo(Truth.UNKNOWN);
    assertThat(evaluate("compare", features("legPainNrs", 4))).isEqualTo(Truth.FALSE);
    assertThat(evaluate("compare", features("legPainNrs", 5))).isEqualTo(Truth.TRUE);
    assertThat(evaluate("not", features("smoker", false))).isEqualTo(Truth.TRUE);
    assertThat(evaluate("double", features("monthsSinceIndexSurgery", 2.5))).isEqualTo(Truth.TRUE);
  }

  @Test
  void membershipInAListTheCaseGivesIsDefiniteEvenWhenTheValueIsNotThere() {
    assertThat(evaluate("in_list", features())).isEqualTo(Truth.UNKNOWN);
    assertThat(evaluate("in_list", features("neuropathicDescriptors", List.of())))
        .isEqualTo(Truth.FALSE);
    assertThat(evaluate("in_list", features("neuropathicDescriptors", List.of("burning"))))
        .isEqualTo(Truth.TRUE);
    assertThat(evaluate("in_literals", features())).isEqualTo(Truth.UNKNOWN);
    assertThat(evaluate("in_literals", features("sijBlock", "negative"))).isEqualTo(Truth.FALSE);
    assertThat(evaluate("in_literals", features("sijBlock", "positive"))).isEqualTo(Truth.TRUE);
  }

  @Test
  void conditionKnowsItsTextItsPlaceAndTheFeaturesItReads() {
    Condition or = condition("or");
    assertThat(or.expression()).isEqualTo("smoker || diabetes");
    assertThat(or.features()).containsExactly("smoker", "diabetes");
    assertThat(or.location().file()).isEqualTo("causes/recurrent_disc_herniation.yaml");
    assertThat(or.location().line()).isPositive();
    assertThat(condition("in_literals").features()).containsExactly("sijBlock");
  }

  /** The name/value pairs of the features that are known; an unknown one is left out. */
  private static Object[] bound(String a, Truth aValue, String b, Truth bValue) {
    List<Object> pairs = new ArrayList<>();
    if (aValue != Truth.UNKNOWN) {
      pairs.add(a);
      pairs.add(aValue == Truth.TRUE);
    }
    if (bValue != Truth.UNKNOWN) {
      pairs.add(b);
      pairs.add(bValue == Truth.TRUE);
    }
    return pairs.toArray();
  }

  private static Truth kleeneOr(Truth a, Truth b) {
    if (a == Truth.TRUE || b == Truth.TRUE) {
      return Truth.TRUE;
    }
    return a == Truth.FALSE && b == Truth.FALSE ? Truth.FALSE : Truth.UNKNOWN;
  }

  private static Truth kleeneAnd(Truth a, Truth b) {
    if (a == Truth.FALSE || b == Truth.FALSE) {
      return Truth.FALSE;
    }
    return a == Truth.TRUE && b == Truth.TRUE ? Truth.TRUE : Truth.UNKNOWN;
  }
}
