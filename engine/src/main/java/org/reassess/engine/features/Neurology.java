package org.reassess.engine.features;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseDocument.Exam;
import org.reassess.engine.casefile.CaseDocument.MotorFinding;
import org.reassess.engine.casefile.CaseDocument.ReflexFinding;
import org.reassess.engine.casefile.CaseDocument.ReflexStatus;
import org.reassess.engine.casefile.CaseDocument.SensoryFinding;
import org.reassess.engine.casefile.CaseDocument.SensoryStatus;
import org.reassess.engine.casefile.Root;
import org.reassess.engine.casefile.Side;
import org.reassess.engine.casefile.WireEnum;

/**
 * The neurological examination as signs by root and side: motor (MRC below 5 is a deficit), sensory
 * and reflexes (reduced or absent is a deficit; a reflex's root comes from the knowledge base's
 * anatomy). A list is {@code null} when that part was not examined. Immutable.
 *
 * @param motor the motor signs
 * @param sensory the sensory signs
 * @param reflexes the reflex signs
 */
record Neurology(
    @Nullable List<Sign> motor, @Nullable List<Sign> sensory, @Nullable List<Sign> reflexes) {

  /** The MRC grade of normal power; anything below is a motor deficit. */
  private static final int NORMAL_POWER = 5;

  /**
   * One examined sign.
   *
   * @param deficit whether it is a deficit; MAYBE when its grade or status is not recorded
   * @param root the root it tests, {@code null} when not recorded
   * @param side the side, {@code null} when not recorded
   * @param description the deficit in words, without its side ({@code "L5 motor deficit (MRC 4)"})
   */
  record Sign(Tri deficit, @Nullable Root root, @Nullable Side side, String description) {}

  static Neurology of(@Nullable Exam e, FeatureParameters p) {
    if (e == null) {
      return new Neurology(null, null, null);
    }
    return new Neurology(
        e.motor() == null ? null : e.motor().stream().map(Neurology::motor).toList(),
        e.sensory() == null ? null : e.sensory().stream().map(Neurology::sensory).toList(),
        e.reflexes() == null ? null : e.reflexes().stream().map(r -> reflex(r, p)).toList());
  }

  /** Every examined sign. */
  Stream<Sign> signs() {
    return Stream.of(motor, sensory, reflexes)
        .filter(list -> list != null)
        .flatMap(list -> list.stream());
  }

  boolean fullyExamined() {
    return motor != null && sensory != null && reflexes != null;
  }

  /** Whether the examination tested {@code root}: motor or sensory, or a reflex of that root. */
  boolean examined(Root root) {
    return motor != null
        || sensory != null
        || (reflexes != null && reflexes.stream().anyMatch(s -> s.root() == root));
  }

  private static Sign motor(MotorFinding m) {
    Integer mrc = m.mrc();
    return new Sign(
        mrc == null ? Tri.MAYBE : Tri.of(mrc < NORMAL_POWER),
        m.root(),
        m.side(),
        word(m.root()) + " motor deficit (MRC " + mrc + ")");
  }

  private static Sign sensory(SensoryFinding s) {
    SensoryStatus status = s.status();
    return new Sign(
        status == null
            ? Tri.MAYBE
            : Tri.of(status == SensoryStatus.REDUCED || status == SensoryStatus.ABSENT),
        s.dermatome(),
        s.side(),
        word(status) + " sensation in the " + word(s.dermatome()) + " dermatome");
  }

  private static Sign reflex(ReflexFinding r, FeatureParameters p) {
    ReflexStatus status = r.status();
    Root root = r.reflex() == null ? null : p.reflexRoots().get(r.reflex());
    return new Sign(
        status == null
            ? Tri.MAYBE
            : Tri.of(status == ReflexStatus.REDUCED || status == ReflexStatus.ABSENT),
        root,
        r.side(),
        word(status) + " " + word(r.reflex()) + " reflex (" + word(root) + ")");
  }

  private static String word(@Nullable WireEnum value) {
    return value == null ? "unrecorded" : value.wire();
  }
}
