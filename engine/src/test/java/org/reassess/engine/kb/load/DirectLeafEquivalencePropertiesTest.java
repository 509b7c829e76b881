package org.reassess.engine.kb.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.reassess.engine.casefile.CaseArbitraries;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.features.FeatureDeriver;
import org.reassess.engine.features.TestCases;

/**
 * The direct leaves are an optimisation only: for every shape they take, on generated cases, they
 * answer exactly what the CEL program of the same expression answers.
 */
class DirectLeafEquivalencePropertiesTest {

  private static final List<String> EXPRESSIONS =
      List.of(
          "smoker",
          "!smoker",
          "bladder == 'new_retention'",
          "'new_retention' == bladder",
          "bladder != 'normal'",
          "legPainNrs >= 5",
          "5 <= legPainNrs",
          "legPainNrs > backPainNrs",
          "phq9 < 10",
          "abiMin <= 0.9",
          "0.9 >= abiMin",
          "monthsSinceIndexSurgery > 6.0",
          "'burning' in neuropathicDescriptors",
          "timingClass in ['early_recurrence', 'late_recurrence']",
          "sijBlock in ['confirmed', 'positive']",
          "legDominant && radicularPattern",
          "fever == true || chills == true",
          "!('trajectory' in known) || trajectory != 'improving'",
          "osteoporosis == true && recentTrauma == true",
          "size(motorDeficitRoots) > 0 || weaknessPresent",
          "legPainNrs >= 5 && !(phq9 >= 10) || abiMin < 0.9");

  @Provide
  Arbitrary<CaseDocument> cases() {
    return CaseArbitraries.validCases();
  }

  @Provide
  Arbitrary<String> expressions() {
    return Arbitraries.of(EXPRESSIONS);
  }

  @Property(tries = 400)
  void directAndCelAgree(@ForAll("cases") CaseDocument c, @ForAll("expressions") String e)
      throws Exception {
    Map<String, Object> values = FeatureDeriver.derive(c, TestCases.PARAMETERS).values();
    assertThat(Expressions.treeOf(e, true).evaluate(values))
        .as(e)
        .isEqualTo(Expressions.treeOf(e, false).evaluate(values));
  }

  @Property(tries = 50)
  void directLeavesAreUsedForTheCommonShapes(@ForAll("expressions") String e) throws Exception {
    if (!e.contains("size(") && !e.contains("legPainNrs > backPainNrs")) {
      assertThat(containsCelLeaf(Expressions.treeOf(e, true))).as(e).isFalse();
    }
  }

  private static boolean containsCelLeaf(Expressions.Kleene tree) {
    if (tree instanceof Expressions.Kleene.And and) {
      return containsCelLeaf(and.left()) || containsCelLeaf(and.right());
    }
    if (tree instanceof Expressions.Kleene.Or or) {
      return containsCelLeaf(or.left()) || containsCelLeaf(or.right());
    }
    if (tree instanceof Expressions.Kleene.Not not) {
      return containsCelLeaf(not.inner());
    }
    return tree instanceof Expressions.Kleene.Leaf;
  }
}
