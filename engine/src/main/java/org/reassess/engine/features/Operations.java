package org.reassess.engine.features;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseDocument.Procedure;
import org.reassess.engine.casefile.CaseDocument.Surgery;
import org.reassess.engine.casefile.Level;

/**
 * The operations of a case seen as a whole. The <em>index operation</em> is every surgery entry
 * dated on the latest date: a decompression and a fusion listed as two entries on one day are one
 * operation. Immutable.
 *
 * @param indexDate the date of the index surgery
 * @param index the entries of the index operation, in case order
 * @param all every surgery entry, in case order
 */
record Operations(LocalDate indexDate, List<Surgery> index, List<Surgery> all) {

  private static final Set<Procedure> FUSIONS =
      EnumSet.of(Procedure.POSTEROLATERAL_FUSION, Procedure.INTERBODY_FUSION);

  /** The decompressions without fusion or implant, as the feature catalog lists them. */
  private static final Set<Procedure> DECOMPRESSIONS =
      EnumSet.of(
          Procedure.DISCECTOMY,
          Procedure.MICRODISCECTOMY,
          Procedure.ENDOSCOPIC_DISCECTOMY,
          Procedure.LAMINOTOMY,
          Procedure.LAMINECTOMY,
          Procedure.FORAMINOTOMY);

  Operations {
    index = List.copyOf(index);
    all = List.copyOf(all);
  }

  /** The operations of {@code c}; empty only for a case without surgeries (an invalid case). */
  static Optional<Operations> of(CaseDocument c) {
    if (c.surgeries().isEmpty()) {
      return Optional.empty();
    }
    LocalDate indexDate = c.indexSurgery().date();
    List<Surgery> index = c.surgeries().stream().filter(s -> s.date().equals(indexDate)).toList();
    return Optional.of(new Operations(indexDate, index, c.surgeries()));
  }

  /** Whether the procedure fuses: YES for fusions, MAYBE for {@code other}, NO otherwise. */
  static Tri fuses(Procedure procedure) {
    return procedure == Procedure.OTHER ? Tri.MAYBE : Tri.of(FUSIONS.contains(procedure));
  }

  static boolean isDecompression(Procedure procedure) {
    return DECOMPRESSIONS.contains(procedure);
  }

  /** Levels of the index operation. */
  Set<Level> operatedLevels() {
    Set<Level> levels = EnumSet.noneOf(Level.class);
    index.forEach(s -> levels.addAll(s.levels()));
    return levels;
  }

  /** Whether {@code level} was operated on in the index operation; MAYBE when not reported. */
  Tri atOperatedLevel(@Nullable Level level) {
    return level == null ? Tri.MAYBE : Tri.of(operatedLevels().contains(level));
  }

  /** Levels of every fusion procedure of any date. */
  Set<Level> fusedLevels() {
    Set<Level> levels = EnumSet.noneOf(Level.class);
    all.stream()
        .filter(s -> fuses(s.procedure()) == Tri.YES)
        .forEach(s -> levels.addAll(s.levels()));
    return levels;
  }

  /** Whether {@link #fusedLevels()} is complete: no procedure of kind {@code other} may fuse. */
  boolean fusedLevelsComplete() {
    return all.stream().noneMatch(s -> fuses(s.procedure()) == Tri.MAYBE);
  }

  /**
   * Whether {@code level} is next to a fused level without being fused itself: two motion segments
   * are adjacent when they share a vertebra (L3-L4 and L4-L5 share L4).
   */
  Tri adjacentToFusion(@Nullable Level level) {
    Set<Level> fused = fusedLevels();
    if (level == null) {
      return fused.isEmpty() && fusedLevelsComplete() ? Tri.NO : Tri.MAYBE;
    }
    if (fused.contains(level)) {
      return Tri.NO;
    }
    boolean adjacent = fused.stream().anyMatch(f -> adjacent(f, level));
    return adjacent ? Tri.YES : fusedLevelsComplete() ? Tri.NO : Tri.MAYBE;
  }

  static boolean adjacent(Level a, Level b) {
    return Math.abs(position(a) - position(b)) == 1;
  }

  /** Cranio-caudal position of a level; through the declared order, not {@code ordinal()}. */
  private static int position(Level level) {
    return List.of(Level.values()).indexOf(level);
  }
}
