package org.reassess.engine.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassess.engine.casefile.CaseDocument.BlockTarget.MEDIAL_BRANCH;
import static org.reassess.engine.casefile.CaseDocument.BlockTarget.NERVE_ROOT;
import static org.reassess.engine.casefile.CaseDocument.BlockTarget.SIJ;
import static org.reassess.engine.casefile.CaseDocument.Comparative.DUAL_CONCORDANT;
import static org.reassess.engine.casefile.CaseDocument.Comparative.DUAL_DISCORDANT;
import static org.reassess.engine.casefile.CaseDocument.Comparative.SINGLE;
import static org.reassess.engine.features.TestCases.aCase;
import static org.reassess.engine.features.TestCases.block;
import static org.reassess.engine.features.TestCases.derive;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reassess.engine.casefile.CaseDocument.Comparative;
import org.reassess.engine.casefile.CaseDocument.DiagnosticBlock;

class BlockFeaturesTest {

  private static final LocalDate EARLY = LocalDate.parse("2025-11-01");
  private static final LocalDate LATE = LocalDate.parse("2026-03-01");

  private static Map<String, Object> features(DiagnosticBlock... blocks) {
    return derive(aCase("diagnosticBlocks", List.of(blocks))).values();
  }

  @ParameterizedTest
  @CsvSource({
    "80, SINGLE, positive",
    "75, SINGLE, positive",
    "74, SINGLE, negative",
    "90, DUAL_CONCORDANT, confirmed",
    "60, DUAL_CONCORDANT, negative",
    "90, DUAL_DISCORDANT, negative"
  })
  void sijBlockAgainstItsThreshold(int relief, Comparative comparative, String result) {
    assertThat(features(block(SIJ, relief, comparative, LATE))).containsEntry("sijBlock", result);
  }

  @Test
  void unspecifiedComparisonCountsAsASingleBlock() {
    assertThat(features(new DiagnosticBlock(SIJ, null, null, null, 80, null, LATE)))
        .containsEntry("sijBlock", "positive");
  }

  @Test
  void eachTargetHasItsOwnThreshold() {
    assertThat(
            features(block(MEDIAL_BRANCH, 78, SINGLE, LATE), block(NERVE_ROOT, 78, SINGLE, LATE)))
        .containsEntry("medialBranchBlock", "negative")
        .containsEntry("nerveRootBlock", "positive");
  }

  @Test
  void theLatestBlockPerTargetCounts() {
    assertThat(features(block(SIJ, 90, SINGLE, LATE), block(SIJ, 20, SINGLE, EARLY)))
        .containsEntry("sijBlock", "positive");
    assertThat(features(block(SIJ, 90, SINGLE, EARLY), block(SIJ, 20, SINGLE, LATE)))
        .containsEntry("sijBlock", "negative");
  }

  @Test
  void anUndatedBlockCountsAsTheOldest() {
    assertThat(
            features(
                new DiagnosticBlock(SIJ, null, null, null, 10, SINGLE, null),
                block(SIJ, 85, DUAL_CONCORDANT, EARLY)))
        .containsEntry("sijBlock", "confirmed");
  }

  @Test
  void blocksNotDoneAreUnknown() {
    assertThat(features(block(SIJ, 90, SINGLE, LATE)))
        .doesNotContainKeys("medialBranchBlock", "nerveRootBlock", "hipBlock", "clunealBlock");
    assertThat(derive(aCase()).values()).doesNotContainKey("sijBlock");
  }

  @Test
  void dualDiscordantIsNegativeWhateverTheRelief() {
    assertThat(features(block(MEDIAL_BRANCH, 100, DUAL_DISCORDANT, LATE)))
        .containsEntry("medialBranchBlock", "negative");
  }
}
