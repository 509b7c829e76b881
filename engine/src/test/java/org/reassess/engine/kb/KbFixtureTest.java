package org.reassess.engine.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassess.engine.FixedIds;
import org.reassess.engine.kb.load.KbIssue;
import org.reassess.engine.kb.load.KbLinter;

/**
 * The fixture every loader and stage test starts from is itself a valid, lint-clean knowledge base
 * whose entries never fire, so a test sees only the rules it writes.
 */
class KbFixtureTest {

  @TempDir static Path dir;
  private static KnowledgeBase kb;

  @BeforeAll
  static void loadFixture() throws Exception {
    kb = KbFixture.in(dir).load();
  }

  @Test
  void defaultFixtureHasOneEntryPerFixedId() {
    assertThat(kb.redFlags()).extracting(RedFlag::id).containsExactlyElementsOf(FixedIds.RED_FLAGS);
    assertThat(kb.causes()).extracting(Cause::id).containsExactlyElementsOf(FixedIds.CAUSES);
    assertThat(kb.contributors())
        .extracting(Contributor::id)
        .containsExactlyElementsOf(FixedIds.CONTRIBUTORS);
    assertThat(kb.tests()).extracting(WorkupTest::id).containsExactlyElementsOf(FixedIds.TESTS);
    assertThat(kb.escalations()).isEmpty();
  }

  @Test
  void defaultFixtureIsStampedAndCitesItsOwnSources() {
    assertThat(kb.id()).isEqualTo("fixture-kb");
    assertThat(kb.version()).isEqualTo("1.2.3");
    assertThat(kb.disclaimer()).isEqualTo("decision support — not a diagnosis");
    assertThat(kb.sources()).containsOnlyKeys("R1", "R2");
    assertThat(kb.bands().likely()).isEqualTo(0.5);
    assertThat(kb.bands().possible()).isEqualTo(0.15);
    assertThat(kb.workupPolicy().burdenDivisor())
        .containsEntry(Burden.LOW, 1.0)
        .containsEntry(Burden.MODERATE, 2.0)
        .containsEntry(Burden.HIGH, 4.0);
    assertThat(kb.workupPolicy().minimumValue()).isEqualTo(0.1);
    assertThat(kb.workupPolicy().maximumSuggestions()).isEqualTo(5);
  }

  @Test
  void defaultFixtureLintsClean() {
    assertThat(KbLinter.lint(kb)).extracting(KbIssue::toString).isEmpty();
  }

  @Test
  void nothingInTheDefaultFixtureFiresWhateverIsKnown() {
    var known =
        KbFixture.features(
            "age", 50, "bladder", "new_retention", "smoker", true, "recentTrauma", true);
    for (RedFlag flag : kb.redFlags()) {
      flag.triggers().forEach(t -> assertThat(t.when().evaluate(known)).isEqualTo(Truth.FALSE));
    }
    for (Cause cause : kb.causes()) {
      assertThat(cause.prior().probability()).isEqualTo(KbFixture.DEFAULT_PRIOR);
      cause.findings().forEach(f -> assertThat(f.when().evaluate(known)).isEqualTo(Truth.FALSE));
    }
    kb.contributors().forEach(c -> assertThat(c.when().evaluate(known)).isEqualTo(Truth.FALSE));
    for (WorkupTest test : kb.tests()) {
      assertThat(test.alreadyDone().evaluate(known)).isEqualTo(Truth.FALSE);
      assertThat(test.screen().orElseThrow().when().evaluate(known)).isEqualTo(Truth.FALSE);
    }
  }
}
