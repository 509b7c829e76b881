package org.reassess.engine.casefile;

import static org.reassess.engine.casefile.CaseArbitraries.bools;
import static org.reassess.engine.casefile.CaseArbitraries.maybe;
import static org.reassess.engine.casefile.CaseArbitraries.some;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.reassess.engine.casefile.CaseDocument.Aggravator;
import org.reassess.engine.casefile.CaseDocument.Bladder;
import org.reassess.engine.casefile.CaseDocument.Bowel;
import org.reassess.engine.casefile.CaseDocument.Exam;
import org.reassess.engine.casefile.CaseDocument.Gait;
import org.reassess.engine.casefile.CaseDocument.LegPainDistribution;
import org.reassess.engine.casefile.CaseDocument.LegPainSide;
import org.reassess.engine.casefile.CaseDocument.MotorFinding;
import org.reassess.engine.casefile.CaseDocument.NeuropathicDescriptor;
import org.reassess.engine.casefile.CaseDocument.PainLocation;
import org.reassess.engine.casefile.CaseDocument.PosNeg;
import org.reassess.engine.casefile.CaseDocument.Pulses;
import org.reassess.engine.casefile.CaseDocument.Reflex;
import org.reassess.engine.casefile.CaseDocument.ReflexFinding;
import org.reassess.engine.casefile.CaseDocument.ReflexStatus;
import org.reassess.engine.casefile.CaseDocument.Reliever;
import org.reassess.engine.casefile.CaseDocument.SensoryFinding;
import org.reassess.engine.casefile.CaseDocument.SensoryStatus;
import org.reassess.engine.casefile.CaseDocument.Symptoms;
import org.reassess.engine.casefile.CaseDocument.TensionSign;
import org.reassess.engine.casefile.CaseDocument.Weakness;
import org.reassess.engine.casefile.CaseDocument.WoundProblem;
import org.reassess.engine.casefile.CaseDocument.WoundStatus;

/** Random valid {@code symptoms} and {@code exam} objects for {@link CaseArbitraries}. */
final class ClinicalArbitraries {

  private ClinicalArbitraries() {}

  private static Arbitrary<Integer> ints(int min, int max) {
    return maybe(Arbitraries.integers().between(min, max));
  }

  private static <E extends Enum<E>> Arbitrary<E> one(Class<E> type) {
    return maybe(Arbitraries.of(type));
  }

  static Arbitrary<Symptoms> symptoms() {
    var pain =
        Combinators.combine(
                ints(0, 10),
                ints(0, 10),
                one(LegPainSide.class),
                one(LegPainDistribution.class),
                some(Root.class),
                bools(),
                some(PainLocation.class),
                some(NeuropathicDescriptor.class))
            .as(Tuple::of);
    var pattern =
        Combinators.combine(
                bools(),
                some(Aggravator.class),
                some(Reliever.class),
                bools(),
                bools(),
                bools(),
                maybe(weakness()),
                bools())
            .as(Tuple::of);
    var flags =
        Combinators.combine(
                one(Bladder.class),
                one(Bowel.class),
                bools(),
                bools(),
                bools(),
                bools(),
                bools(),
                bools())
            .as(Tuple::of);
    var rest =
        Combinators.combine(
                one(WoundProblem.class),
                bools(),
                maybe(Arbitraries.integers().between(1, Integer.MAX_VALUE)))
            .as(Tuple::of);
    return Combinators.combine(pain, pattern, flags, rest)
        .as(
            (p, q, f, r) ->
                new Symptoms(
                    p.get1(), p.get2(), p.get3(), p.get4(), p.get5(), p.get6(), p.get7(), p.get8(),
                    q.get1(), q.get2(), q.get3(), q.get4(), q.get5(), q.get6(), q.get7(), q.get8(),
                    f.get1(), f.get2(), f.get3(), f.get4(), f.get5(), f.get6(), f.get7(), f.get8(),
                    r.get1(), r.get2(), r.get3()));
  }

  private static Arbitrary<Weakness> weakness() {
    return Combinators.combine(
            bools(), bools(), maybe(CaseArbitraries.eventDates()), maybe(CaseArbitraries.texts()))
        .as(Weakness::new);
  }

  static Arbitrary<Exam> exam() {
    var neuro =
        Combinators.combine(
                maybe(motor().list().ofMaxSize(4)),
                maybe(sensory().list().ofMaxSize(4)),
                maybe(reflex().list().ofMaxSize(4)),
                bools(),
                maybe(tensionSign()),
                maybe(tensionSign()),
                maybe(tensionSign()),
                ints(0, 6))
            .as(Tuple::of);
    var joints =
        Combinators.combine(
                bools(), bools(), bools(), bools(), bools(), one(PosNeg.class), bools(), bools())
            .as(Tuple::of);
    var general =
        Combinators.combine(
                one(Pulses.class), one(WoundStatus.class), bools(), ints(0, 5), one(Gait.class))
            .as(Tuple::of);
    return Combinators.combine(neuro, joints, general)
        .as(
            (n, j, g) ->
                new Exam(
                    n.get1(), n.get2(), n.get3(), n.get4(), n.get5(), n.get6(), n.get7(), n.get8(),
                    j.get1(), j.get2(), j.get3(), j.get4(), j.get5(), j.get6(), j.get7(), j.get8(),
                    g.get1(), g.get2(), g.get3(), g.get4(), g.get5()));
  }

  private static Arbitrary<MotorFinding> motor() {
    return Combinators.combine(one(Root.class), one(Side.class), ints(0, 5)).as(MotorFinding::new);
  }

  private static Arbitrary<SensoryFinding> sensory() {
    return Combinators.combine(one(Root.class), one(Side.class), one(SensoryStatus.class))
        .as(SensoryFinding::new);
  }

  private static Arbitrary<ReflexFinding> reflex() {
    return Combinators.combine(one(Reflex.class), one(Side.class), one(ReflexStatus.class))
        .as(ReflexFinding::new);
  }

  private static Arbitrary<TensionSign> tensionSign() {
    return Combinators.combine(
            one(PosNeg.class),
            one(Side.class),
            maybe(Arbitraries.doubles().between(0, 90).ofScale(1)))
        .as(TensionSign::new);
  }
}
