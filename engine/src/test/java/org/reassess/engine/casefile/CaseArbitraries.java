package org.reassess.engine.casefile;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.reassess.engine.casefile.CaseDocument.Acceptance;
import org.reassess.engine.casefile.CaseDocument.BlockTarget;
import org.reassess.engine.casefile.CaseDocument.Comparative;
import org.reassess.engine.casefile.CaseDocument.Complication;
import org.reassess.engine.casefile.CaseDocument.Course;
import org.reassess.engine.casefile.CaseDocument.DiagnosticBlock;
import org.reassess.engine.casefile.CaseDocument.EdxResult;
import org.reassess.engine.casefile.CaseDocument.Electrodiagnostic;
import org.reassess.engine.casefile.CaseDocument.Function;
import org.reassess.engine.casefile.CaseDocument.Goal;
import org.reassess.engine.casefile.CaseDocument.Indication;
import org.reassess.engine.casefile.CaseDocument.Labs;
import org.reassess.engine.casefile.CaseDocument.Onset;
import org.reassess.engine.casefile.CaseDocument.PainComparison;
import org.reassess.engine.casefile.CaseDocument.Patient;
import org.reassess.engine.casefile.CaseDocument.Preferences;
import org.reassess.engine.casefile.CaseDocument.Procedure;
import org.reassess.engine.casefile.CaseDocument.Psychosocial;
import org.reassess.engine.casefile.CaseDocument.Relief;
import org.reassess.engine.casefile.CaseDocument.Response;
import org.reassess.engine.casefile.CaseDocument.RiskLevel;
import org.reassess.engine.casefile.CaseDocument.Sex;
import org.reassess.engine.casefile.CaseDocument.Surgery;
import org.reassess.engine.casefile.CaseDocument.Trajectory;
import org.reassess.engine.casefile.CaseDocument.Treatment;
import org.reassess.engine.casefile.CaseDocument.TreatmentTried;
import org.reassess.engine.casefile.CaseDocument.Vascular;
import org.reassess.engine.casefile.CaseDocument.Work;

/**
 * Random valid {@code reassess-case/1} cases for property tests, here and in other modules (through
 * the engine's test-jar). Every field of the format is sometimes present and sometimes unknown
 * ({@code null}); lists are sometimes empty (a real negative); every imaging finding type occurs.
 * Dates are consistent the way {@link CaseReader} demands: nothing after the assessment date, a
 * pain-free interval that fits since the index surgery, and post-operative findings only on studies
 * made after the first operation. Values are random, not clinically coherent: use these for
 * invariants that must hold for any valid case.
 */
public final class CaseArbitraries {

  private CaseArbitraries() {}

  /** Valid cases, each with an assessment date between 2015 and 2035. */
  public static Arbitrary<CaseDocument> validCases() {
    return anyDatedCases().map(DateRepair::consistent);
  }

  /**
   * Cases whose parts are each valid but whose dates may contradict each other; {@link DateRepair}
   * then makes them consistent. Drawing dates independently and repairing afterwards keeps the
   * generator a fixed tree of arbitraries (fast, and it shrinks well) instead of one rebuilt for
   * every assessment date.
   */
  private static Arbitrary<CaseDocument> anyDatedCases() {
    var history =
        Combinators.combine(
                maybe(texts()),
                datesBetween(LocalDate.of(2015, 1, 1), LocalDate.of(2035, 12, 31)),
                maybe(patient()),
                surgery().list().ofMinSize(1).ofMaxSize(3),
                maybe(course()),
                maybe(ClinicalArbitraries.symptoms()),
                maybe(ClinicalArbitraries.exam()),
                maybe(FindingArbitraries.studies().list().ofMaxSize(4)))
            .as(Tuple::of);
    var rest =
        Combinators.combine(
                maybe(labs()),
                maybe(edx().list().ofMaxSize(3)),
                maybe(vascular()),
                maybe(block().list().ofMaxSize(3)),
                maybe(treatment().list().ofMaxSize(4)),
                maybe(psychosocial()),
                maybe(function()),
                maybe(preferences()))
            .as(Tuple::of);
    return Combinators.combine(history, rest, maybe(JsonArbitraries.objects()))
        .as(
            (h, r, extensions) ->
                new CaseDocument(
                    CaseDocument.FORMAT,
                    h.get1(),
                    h.get2(),
                    h.get3(),
                    h.get4(),
                    h.get5(),
                    h.get6(),
                    h.get7(),
                    h.get8(),
                    r.get1(),
                    r.get2(),
                    r.get3(),
                    r.get4(),
                    r.get5(),
                    r.get6(),
                    r.get7(),
                    r.get8(),
                    extensions));
  }

  // ---------------------------------------------------------------- building blocks

  /** {@code values}, or unknown about a third of the time. */
  static <T> Arbitrary<T> maybe(Arbitrary<T> values) {
    return values.injectNull(0.3);
  }

  /** true, false or unknown. */
  static Arbitrary<Boolean> bools() {
    return maybe(Arbitraries.of(true, false));
  }

  /** Some of an enumeration's values, or none (a real negative), or unknown. */
  static <E extends Enum<E>> Arbitrary<List<E>> some(Class<E> type) {
    return maybe(Arbitraries.of(type).list().ofMaxSize(4));
  }

  /**
   * A measurement the format gives no range for: a duration, a lab value, a distance. The reader
   * accepts negatives there too, but other modules' properties should not have to reason about a
   * negative number of weeks, so these stay at zero or above.
   */
  static Arbitrary<Double> measures() {
    return Arbitraries.doubles().between(0, 100_000).ofScale(3);
  }

  /** A measurement that can be negative: a sagittal balance offset or angle. */
  static Arbitrary<Double> signedMeasures() {
    return Arbitraries.doubles().between(-500, 500).ofScale(2);
  }

  /** Free text: ASCII with quotes and control characters, accented letters, CJK, emoji. */
  static Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('\u0000', '\u007f').ofMaxLength(30),
        Arbitraries.strings().withCharRange('\u00a0', '\u024f').ofMaxLength(10),
        Arbitraries.of("", "Ünal", "日本語のメモ", "pain 😀 \"quoted\" back\\slash", "a/b~c"));
  }

  static Arbitrary<LocalDate> datesBetween(LocalDate from, LocalDate to) {
    return Arbitraries.longs()
        .between(from.toEpochDay(), to.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  /** Any date of an event in a case, before {@link DateRepair} sets the assessment date. */
  static Arbitrary<LocalDate> eventDates() {
    return datesBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2030, 12, 31));
  }

  private static Arbitrary<Integer> ints(int min, int max) {
    return maybe(Arbitraries.integers().between(min, max));
  }

  private static Arbitrary<Double> numbers(double min, double max) {
    return maybe(Arbitraries.doubles().between(min, max).ofScale(2));
  }

  private static <E extends Enum<E>> Arbitrary<E> one(Class<E> type) {
    return maybe(Arbitraries.of(type));
  }

  // ---------------------------------------------------------------- records

  private static Arbitrary<Surgery> surgery() {
    var what =
        Combinators.combine(
                eventDates(),
                Arbitraries.of(Procedure.class),
                Arbitraries.of(Level.class).list().ofMinSize(1).ofMaxSize(3),
                one(Side.class))
            .as(Tuple::of);
    var how =
        Combinators.combine(one(Indication.class), bools(), bools(), some(Complication.class))
            .as(Tuple::of);
    return Combinators.combine(what, how)
        .as(
            (w, h) ->
                new Surgery(
                    w.get1(), w.get2(), w.get3(), w.get4(), h.get1(), h.get2(), h.get3(),
                    h.get4()));
  }

  private static Arbitrary<Patient> patient() {
    var person =
        Combinators.combine(
                ints(18, 110), one(Sex.class), numbers(10, 80), bools(), bools(), bools())
            .as(Tuple::of);
    var history = Combinators.combine(bools(), bools(), bools(), bools(), bools(), bools());
    return Combinators.combine(person, history.as(Tuple::of))
        .as(
            (p, h) ->
                new Patient(
                    p.get1(), p.get2(), p.get3(), p.get4(), p.get5(), p.get6(), h.get1(), h.get2(),
                    h.get3(), h.get4(), h.get5(), h.get6()));
  }

  private static Arbitrary<Course> course() {
    return Combinators.combine(
            one(Relief.class),
            numbers(0, 240),
            one(PainComparison.class),
            one(Trajectory.class),
            one(Onset.class))
        .as(Course::new);
  }

  private static Arbitrary<Labs> labs() {
    return Combinators.combine(
            maybe(measures()),
            maybe(measures()),
            maybe(measures()),
            maybe(measures()),
            maybe(eventDates()))
        .as(Labs::new);
  }

  private static Arbitrary<Electrodiagnostic> edx() {
    return Combinators.combine(
            maybe(eventDates()), one(EdxResult.class), one(Root.class), one(Side.class))
        .as(Electrodiagnostic::new);
  }

  private static Arbitrary<Vascular> vascular() {
    return Combinators.combine(numbers(0.2, 2.0), numbers(0.2, 2.0)).as(Vascular::new);
  }

  private static Arbitrary<DiagnosticBlock> block() {
    return Combinators.combine(
            Arbitraries.of(BlockTarget.class),
            one(Level.class),
            one(Root.class),
            one(Side.class),
            Arbitraries.integers().between(0, 100),
            one(Comparative.class),
            maybe(eventDates()))
        .as(DiagnosticBlock::new);
  }

  private static Arbitrary<TreatmentTried> treatment() {
    return Combinators.combine(
            Arbitraries.of(Treatment.class),
            maybe(measures()),
            one(Response.class),
            bools(),
            maybe(measures()))
        .as(TreatmentTried::new);
  }

  private static Arbitrary<Psychosocial> psychosocial() {
    var scores =
        Combinators.combine(
                ints(0, 27),
                ints(0, 3),
                ints(0, 21),
                ints(0, 52),
                ints(17, 68),
                one(RiskLevel.class),
                bools(),
                bools())
            .as(Tuple::of);
    var flags =
        Combinators.combine(bools(), bools(), bools(), bools(), bools(), bools(), bools(), bools())
            .as(Tuple::of);
    var last = bools();
    return Combinators.combine(scores, flags, last)
        .as(
            (s, f, l) ->
                new Psychosocial(
                    s.get1(), s.get2(), s.get3(), s.get4(), s.get5(), s.get6(), s.get7(), s.get8(),
                    f.get1(), f.get2(), f.get3(), f.get4(), f.get5(), f.get6(), f.get7(), f.get8(),
                    l));
  }

  private static Arbitrary<Function> function() {
    return Combinators.combine(
            ints(0, 100),
            maybe(measures()),
            maybe(measures()),
            bools(),
            one(Work.class),
            numbers(-0.6, 1.0))
        .as(Function::new);
  }

  private static Arbitrary<Preferences> preferences() {
    return Combinators.combine(one(Acceptance.class), one(Acceptance.class), some(Goal.class))
        .as(Preferences::new);
  }
}
