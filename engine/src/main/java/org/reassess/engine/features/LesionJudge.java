package org.reassess.engine.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.ImagingFinding;
import org.reassess.engine.casefile.ImagingFinding.AdjacentSegmentDegeneration;
import org.reassess.engine.casefile.ImagingFinding.DiscHerniation;
import org.reassess.engine.casefile.ImagingFinding.EpiduralFibrosis;
import org.reassess.engine.casefile.ImagingFinding.HardwareProblem;
import org.reassess.engine.casefile.ImagingFinding.HerniationZone;
import org.reassess.engine.casefile.ImagingFinding.Stenosis;
import org.reassess.engine.casefile.ImagingFinding.StenosisLocation;
import org.reassess.engine.casefile.Level;
import org.reassess.engine.casefile.Root;
import org.reassess.engine.casefile.Side;
import org.reassess.engine.casefile.WireEnum;
import org.reassess.engine.features.ConcordanceJudge.Verdict;
import org.reassess.engine.features.FeatureParameters.LevelRoots;

/**
 * Turns one compressive or root-related imaging finding into its {@link ImagingJudgement}: which
 * root it affects (the reported root, else the level's exiting root for a foraminal or
 * extraforaminal lesion and its traversing root otherwise), a readable summary, and the verdict of
 * the {@link ConcordanceJudge}. Immutable.
 */
final class LesionJudge {

  private final ConcordanceJudge judge;
  private final FeatureParameters p;

  LesionJudge(ConcordanceJudge judge, FeatureParameters p) {
    this.judge = judge;
    this.p = p;
  }

  /** The judgement of a finding, or empty when the finding is not a compressive or root lesion. */
  Optional<ImagingJudgement> judge(Located<?> located) {
    return lesion(located.finding()).map(lesion -> judgement(located, lesion));
  }

  /** The anatomy of a finding that can affect a root. */
  private record Lesion(
      @Nullable Level level,
      @Nullable Side side,
      String description,
      @Nullable Root reported,
      String verb,
      boolean foraminal,
      Tri centralStenosis) {}

  private static Optional<Lesion> lesion(ImagingFinding finding) {
    if (finding instanceof DiscHerniation d) {
      return Optional.of(herniation(d));
    }
    if (finding instanceof Stenosis s) {
      return Optional.of(stenosis(s));
    }
    if (finding instanceof EpiduralFibrosis f) {
      return Optional.of(
          new Lesion(
              f.level(),
              f.side(),
              words(f.extent(), "epidural fibrosis"),
              f.encasesRoot(),
              "encasing",
              false,
              Tri.NO));
    }
    if (finding instanceof HardwareProblem h && h.contactsRoot() != null) {
      String problem = h.problem() == null ? "hardware problem" : spoken(h.problem());
      return Optional.of(
          new Lesion(h.level(), h.side(), problem, h.contactsRoot(), "contacting", false, Tri.NO));
    }
    if (finding instanceof AdjacentSegmentDegeneration a && Boolean.TRUE.equals(a.withStenosis())) {
      // the report does not say where the canal is narrowed: it may be central
      return Optional.of(
          new Lesion(
              a.level(),
              null,
              "adjacent segment degeneration with stenosis",
              null,
              "compressing",
              false,
              Tri.MAYBE));
    }
    return Optional.empty();
  }

  private static Lesion herniation(DiscHerniation d) {
    boolean foraminal =
        d.zone() == HerniationZone.FORAMINAL || d.zone() == HerniationZone.EXTRAFORAMINAL;
    return new Lesion(
        d.level(),
        d.side(),
        words(d.zone(), "disc herniation"),
        d.compressedRoot(),
        "compressing",
        foraminal,
        Tri.NO);
  }

  private static Lesion stenosis(Stenosis s) {
    Tri central =
        s.location() == null ? Tri.MAYBE : Tri.of(s.location() == StenosisLocation.CENTRAL);
    return new Lesion(
        s.level(),
        s.side(),
        words(s.severity(), words(s.location(), "stenosis")),
        s.compressedRoot(),
        "compressing",
        s.location() == StenosisLocation.FORAMINAL,
        central);
  }

  private ImagingJudgement judgement(Located<?> located, Lesion lesion) {
    Root root = lesion.reported() != null ? lesion.reported() : rootByLevel(lesion);
    Verdict verdict = judge.judge(root, lesion.side(), lesion.centralStenosis());
    return new ImagingJudgement(
        located.pointer(),
        located.finding().type(),
        summary(lesion, root),
        root == null ? null : root.wire(),
        verdict.concordance(),
        verdict.reason());
  }

  private @Nullable Root rootByLevel(Lesion lesion) {
    LevelRoots roots = lesion.level() == null ? null : p.levelRoots().get(lesion.level());
    if (roots == null) {
      return null;
    }
    return lesion.foraminal() ? roots.exiting() : roots.traversing();
  }

  private String summary(Lesion lesion, @Nullable Root root) {
    List<String> words = new ArrayList<>();
    if (lesion.level() != null) {
      words.add(lesion.level().wire());
    }
    Side side = lesion.side();
    if (side != null && !(" " + lesion.description() + " ").contains(" " + side.wire() + " ")) {
      words.add(side.wire());
    }
    words.add(lesion.description());
    String text = String.join(" ", words);
    if (lesion.reported() != null) {
      return text + " " + lesion.verb() + " " + lesion.reported().wire();
    }
    if (root != null) {
      String which = lesion.foraminal() ? "exiting" : "traversing";
      return "%s (%s by level, %s root)".formatted(text, root.wire(), which);
    }
    return text;
  }

  /** {@code qualifier noun} in words, or just the noun when the qualifier is unknown. */
  private static String words(@Nullable WireEnum qualifier, String noun) {
    return qualifier == null ? noun : spoken(qualifier) + " " + noun;
  }

  private static String spoken(WireEnum value) {
    return value.wire().replace('_', ' ');
  }
}
