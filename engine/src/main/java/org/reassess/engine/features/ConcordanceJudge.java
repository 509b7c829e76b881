package org.reassess.engine.features;

import static org.reassess.engine.features.ImagingJudgement.Concordance.CONCORDANT;
import static org.reassess.engine.features.ImagingJudgement.Concordance.NOT_CONCORDANT;
import static org.reassess.engine.features.ImagingJudgement.Concordance.UNKNOWN;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseDocument.Exam;
import org.reassess.engine.casefile.CaseDocument.LegPainSide;
import org.reassess.engine.casefile.CaseDocument.Symptoms;
import org.reassess.engine.casefile.Root;
import org.reassess.engine.casefile.Side;
import org.reassess.engine.features.ImagingJudgement.Concordance;
import org.reassess.engine.features.Neurology.Sign;

/**
 * Judges whether a lesion at a root and side matches the patient's leg symptoms and neurology.
 *
 * <p>A lesion is concordant when its side fits the leg pain (its side is central, bilateral or not
 * reported, equals the leg-pain side, or the leg pain is bilateral) and its root is among the
 * painful dermatomes or has a deficit on the lesion's side: motor (MRC below 5), sensory (reduced
 * or absent) or reflex (reduced or absent, root of the reflex from the anatomy table). A central
 * stenosis with neurogenic claudication is concordant without a root. It is not concordant when its
 * side contradicts the leg pain, when there is no leg pain and no matching deficit, or when the
 * data to compare with are present (leg-pain side with dermatomes, or a neurological examination of
 * that root) and nothing matches. Otherwise it is unknown. Immutable.
 */
final class ConcordanceJudge {

  /** The outcome for one lesion, with the reason in anatomical words. */
  record Verdict(Concordance concordance, String reason) {}

  private final @Nullable LegPainSide legSide;
  private final @Nullable List<Root> dermatomes;
  private final @Nullable Boolean claudication;
  private final Neurology neurology;

  ConcordanceJudge(CaseDocument c, FeatureParameters p) {
    Symptoms s = c.symptoms();
    Exam e = c.exam();
    this.legSide = s == null ? null : s.legPainSide();
    this.dermatomes = s == null ? null : s.dermatomes();
    this.claudication = s == null ? null : s.neurogenicClaudication();
    this.neurology = Neurology.of(e, p);
  }

  /**
   * @param root the root the lesion affects, {@code null} when it cannot be told
   * @param side the lesion's side, {@code null} when not reported
   * @param centralStenosis whether the lesion is a central stenosis
   */
  Verdict judge(@Nullable Root root, @Nullable Side side, Tri centralStenosis) {
    if (centralStenosis == Tri.YES && Boolean.TRUE.equals(claudication)) {
      return new Verdict(CONCORDANT, "central stenosis with neurogenic claudication");
    }
    Tri fits = fitsLegPain(side);
    if (fits == Tri.NO) {
      return new Verdict(
          NOT_CONCORDANT, sideWord(side) + "-sided lesion, leg pain on the " + legSideWord());
    }
    Matches matches = root == null ? new Matches(List.of(), false) : matches(root, side, fits);
    if (!matches.sure().isEmpty()) {
      return new Verdict(CONCORDANT, String.join("; ", matches.sure()));
    }
    if (matches.possible()) {
      return new Verdict(
          UNKNOWN, "an examination finding of unrecorded grade, root or side might match");
    }
    return unmatched(root, fits, centralStenosis);
  }

  /** A concordance as a yes/no answer to "is it concordant?". */
  static Tri isConcordant(Concordance concordance) {
    return concordance == CONCORDANT ? Tri.YES : concordance == NOT_CONCORDANT ? Tri.NO : Tri.MAYBE;
  }

  private Tri fitsLegPain(@Nullable Side side) {
    if (unsided(side)) {
      return Tri.YES;
    }
    if (legSide == null) {
      return Tri.MAYBE;
    }
    // without leg pain there is no side to contradict: only deficits can match
    return Tri.of(
        legSide == LegPainSide.NONE
            || legSide == LegPainSide.BILATERAL
            || legSide.wire().equals(side.wire()));
  }

  /** What matches {@code root}: the words of each sure match, and whether one more might. */
  private record Matches(List<String> sure, boolean possible) {}

  private Matches matches(Root root, @Nullable Side side, Tri fits) {
    List<String> sure = new ArrayList<>();
    if (hasLegPain() && fits == Tri.YES && dermatomes != null && dermatomes.contains(root)) {
      sure.add(root.wire() + " is among the painful dermatomes (" + legWord() + ")");
    }
    boolean possible = false;
    for (Sign sign : (Iterable<Sign>) neurology.signs()::iterator) {
      Tri rootMatches = sign.root() == null ? Tri.MAYBE : Tri.of(sign.root() == root);
      Tri sideMatches =
          sign.side() == null
              ? (unsided(side) ? Tri.YES : Tri.MAYBE)
              : Tri.of(sidesMeet(side, sign.side()));
      Tri match = sign.deficit().and(rootMatches).and(sideMatches);
      if (match == Tri.YES) {
        sure.add(sign.description() + onThe(sign.side()));
      }
      possible |= match == Tri.MAYBE;
    }
    return new Matches(sure, possible);
  }

  private Verdict unmatched(@Nullable Root root, Tri fits, Tri centralStenosis) {
    if (claudicationOpen(centralStenosis)) {
      return new Verdict(
          UNKNOWN,
          centralStenosis == Tri.YES
              ? "central stenosis, but neurogenic claudication is not recorded"
              : "stenosis of unreported location, claudication "
                  + (claudication == null ? "not recorded" : "present"));
    }
    if (root == null) {
      return legSide == LegPainSide.NONE
          ? new Verdict(NOT_CONCORDANT, "no leg pain")
          : new Verdict(UNKNOWN, "the affected root cannot be told from the report");
    }
    if (fits == Tri.MAYBE && dermatomes != null && dermatomes.contains(root)) {
      return new Verdict(
          UNKNOWN,
          root.wire() + " is among the painful dermatomes, but the leg-pain side is not recorded");
    }
    if (legSide == LegPainSide.NONE) {
      return new Verdict(
          NOT_CONCORDANT,
          "no leg pain" + (neurology.examined(root) ? " and no " + root.wire() + " deficit" : ""));
    }
    return nothingMatches(root);
  }

  /** NOT_CONCORDANT when the data to compare with are recorded, otherwise UNKNOWN. */
  private Verdict nothingMatches(Root root) {
    List<String> negatives = new ArrayList<>();
    if (hasLegPain() && dermatomes != null) {
      negatives.add(root.wire() + " is not among the painful dermatomes (" + dermatomeList() + ")");
    }
    if (neurology.examined(root)) {
      negatives.add("no " + root.wire() + " deficit on examination");
    }
    if (negatives.isEmpty()) {
      return new Verdict(
          UNKNOWN, "no leg-pain side with dermatomes and no examination of " + root.wire());
    }
    return new Verdict(NOT_CONCORDANT, String.join(" and ", negatives));
  }

  /** Whether a stenosis might still be concordant through neurogenic claudication. */
  private boolean claudicationOpen(Tri centralStenosis) {
    if (centralStenosis == Tri.NO || Boolean.FALSE.equals(claudication)) {
      return false;
    }
    // claudication is leg pain on walking: a patient without leg pain has none
    return claudication != null || legSide != LegPainSide.NONE;
  }

  private boolean hasLegPain() {
    return legSide != null && legSide != LegPainSide.NONE;
  }

  private static boolean unsided(@Nullable Side side) {
    return side == null || side == Side.CENTRAL || side == Side.BILATERAL;
  }

  private static boolean sidesMeet(@Nullable Side lesion, Side finding) {
    return unsided(lesion)
        || finding == Side.CENTRAL
        || finding == Side.BILATERAL
        || lesion == finding;
  }

  private String legWord() {
    return legSide == LegPainSide.BILATERAL ? "both legs" : legSideWord() + " leg";
  }

  private String legSideWord() {
    return Objects.requireNonNull(legSide).wire();
  }

  private String dermatomeList() {
    List<Root> listed = Objects.requireNonNull(dermatomes);
    return listed.isEmpty()
        ? "none listed"
        : String.join(", ", listed.stream().map(Root::wire).toList());
  }

  private static String sideWord(@Nullable Side side) {
    String word = side == null ? "unsided" : side.wire();
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static String onThe(@Nullable Side side) {
    if (side == null) {
      return "";
    }
    return side == Side.BILATERAL
        ? " on both sides"
        : side == Side.CENTRAL ? "" : " on the " + side.wire();
  }
}
