package org.reassess.engine.features;

import static java.util.Comparator.nullsFirst;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseDocument.BlockTarget;
import org.reassess.engine.casefile.CaseDocument.Comparative;
import org.reassess.engine.casefile.CaseDocument.DiagnosticBlock;

/**
 * Derives the result of the latest diagnostic block per target, judged against the knowledge base's
 * threshold for that target. Stateless.
 */
final class BlockDeriver {

  private static final Map<BlockTarget, String> FEATURES = new EnumMap<>(BlockTarget.class);

  static {
    FEATURES.put(BlockTarget.NERVE_ROOT, "nerveRootBlock");
    FEATURES.put(BlockTarget.SIJ, "sijBlock");
    FEATURES.put(BlockTarget.MEDIAL_BRANCH, "medialBranchBlock");
    FEATURES.put(BlockTarget.FACET_INTRAARTICULAR, "facetIntraarticularBlock");
    FEATURES.put(BlockTarget.HIP_INTRAARTICULAR, "hipBlock");
    FEATURES.put(BlockTarget.TROCHANTERIC, "trochantericBlock");
    FEATURES.put(BlockTarget.CLUNEAL_NERVE, "clunealBlock");
    FEATURES.put(BlockTarget.PERIPHERAL_NERVE, "peripheralNerveBlock");
  }

  /** Undated blocks count as the oldest. */
  private static final Comparator<DiagnosticBlock> BY_DATE =
      Comparator.comparing(DiagnosticBlock::date, nullsFirst(Comparator.<LocalDate>naturalOrder()));

  private BlockDeriver() {}

  static void derive(
      @Nullable List<DiagnosticBlock> blocks, FeatureParameters p, FeatureValues out) {
    if (blocks == null) {
      return;
    }
    FEATURES.forEach(
        (target, feature) -> {
          DiagnosticBlock latest = latest(blocks, target);
          Integer threshold = p.blockThresholdPercent().get(target);
          if (latest != null && threshold != null) {
            out.string(feature, result(latest, threshold));
          }
        });
  }

  /** The latest block at {@code target}; of blocks on the same date, the last listed. */
  private static @Nullable DiagnosticBlock latest(
      List<DiagnosticBlock> blocks, BlockTarget target) {
    DiagnosticBlock latest = null;
    for (DiagnosticBlock block : blocks) {
      if (block.target() == target && (latest == null || BY_DATE.compare(block, latest) >= 0)) {
        latest = block;
      }
    }
    return latest;
  }

  /** Relief at or above the threshold is a response; dual blocks that disagree are negative. */
  private static String result(DiagnosticBlock block, int threshold) {
    if (block.reliefPercent() < threshold || block.comparative() == Comparative.DUAL_DISCORDANT) {
      return "negative";
    }
    return block.comparative() == Comparative.DUAL_CONCORDANT ? "confirmed" : "positive";
  }
}
