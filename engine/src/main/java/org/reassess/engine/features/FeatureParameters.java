package org.reassess.engine.features;

import java.util.Map;
import org.reassess.engine.casefile.CaseDocument.BlockTarget;
import org.reassess.engine.casefile.CaseDocument.Reflex;
import org.reassess.engine.casefile.Level;
import org.reassess.engine.casefile.Root;

/**
 * The cited thresholds and anatomy that turn a case's numbers into features. They live in the
 * knowledge base ({@code parameters.yaml}), each with its citation; the deriver only applies them.
 *
 * @param recurrenceLandmarkMonths a pain-free interval shorter than this is an early recurrence
 * @param neuropathicMinDescriptors descriptors needed for a neuropathic profile
 * @param instabilityTranslationMm translation above this on flexion–extension films is instability
 * @param instabilityAngulationDeg angulation above this is instability
 * @param blockThresholdPercent per block target, the relief (percent) that makes a block positive
 * @param levelRoots per motion segment, the roots a lesion there compresses
 * @param reflexRoots the root each reflex tests
 */
public record FeatureParameters(
    double recurrenceLandmarkMonths,
    int neuropathicMinDescriptors,
    double instabilityTranslationMm,
    double instabilityAngulationDeg,
    Map<BlockTarget, Integer> blockThresholdPercent,
    Map<Level, LevelRoots> levelRoots,
    Map<Reflex, Root> reflexRoots) {

  public FeatureParameters {
    blockThresholdPercent = Map.copyOf(blockThresholdPercent);
    levelRoots = Map.copyOf(levelRoots);
    reflexRoots = Map.copyOf(reflexRoots);
  }

  /**
   * The roots at one motion segment: a central or paracentral lesion compresses the traversing
   * root, a foraminal or extraforaminal one the exiting root.
   */
  public record LevelRoots(Root exiting, Root traversing) {}
}
