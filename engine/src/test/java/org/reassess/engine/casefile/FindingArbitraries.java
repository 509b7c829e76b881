package org.reassess.engine.casefile;

import static org.reassess.engine.casefile.CaseArbitraries.bools;
import static org.reassess.engine.casefile.CaseArbitraries.maybe;
import static org.reassess.engine.casefile.CaseArbitraries.measures;
import static org.reassess.engine.casefile.CaseArbitraries.signedMeasures;
import static org.reassess.engine.casefile.CaseArbitraries.texts;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.reassess.engine.casefile.CaseDocument.ImagingStudy;
import org.reassess.engine.casefile.CaseDocument.Modality;
import org.reassess.engine.casefile.ImagingFinding.AdjacentSegmentDegeneration;
import org.reassess.engine.casefile.ImagingFinding.Arachnoiditis;
import org.reassess.engine.casefile.ImagingFinding.CollectionKind;
import org.reassess.engine.casefile.ImagingFinding.DiscDegeneration;
import org.reassess.engine.casefile.ImagingFinding.DiscHerniation;
import org.reassess.engine.casefile.ImagingFinding.Discitis;
import org.reassess.engine.casefile.ImagingFinding.DynamicInstability;
import org.reassess.engine.casefile.ImagingFinding.Enhancement;
import org.reassess.engine.casefile.ImagingFinding.EpiduralAbscess;
import org.reassess.engine.casefile.ImagingFinding.EpiduralFibrosis;
import org.reassess.engine.casefile.ImagingFinding.FacetArthropathy;
import org.reassess.engine.casefile.ImagingFinding.FluidCollection;
import org.reassess.engine.casefile.ImagingFinding.FusionState;
import org.reassess.engine.casefile.ImagingFinding.FusionStatus;
import org.reassess.engine.casefile.ImagingFinding.HardwareIssue;
import org.reassess.engine.casefile.ImagingFinding.HardwareProblem;
import org.reassess.engine.casefile.ImagingFinding.HerniationZone;
import org.reassess.engine.casefile.ImagingFinding.HipOsteoarthritis;
import org.reassess.engine.casefile.ImagingFinding.ModicChange;
import org.reassess.engine.casefile.ImagingFinding.Other;
import org.reassess.engine.casefile.ImagingFinding.SagittalMalalignment;
import org.reassess.engine.casefile.ImagingFinding.Severity;
import org.reassess.engine.casefile.ImagingFinding.SijArthropathy;
import org.reassess.engine.casefile.ImagingFinding.SlipKind;
import org.reassess.engine.casefile.ImagingFinding.Spondylolisthesis;
import org.reassess.engine.casefile.ImagingFinding.Stenosis;
import org.reassess.engine.casefile.ImagingFinding.StenosisLocation;
import org.reassess.engine.casefile.ImagingFinding.Tumor;
import org.reassess.engine.casefile.ImagingFinding.VertebralFracture;

/** Random valid imaging studies for {@link CaseArbitraries}, every finding type of the format. */
final class FindingArbitraries {

  private FindingArbitraries() {}

  /** A study with any findings; {@link DateRepair} drops those its date makes impossible. */
  static Arbitrary<ImagingStudy> studies() {
    return Combinators.combine(
            Arbitraries.of(Modality.class),
            CaseArbitraries.eventDates(),
            findings().list().ofMaxSize(5))
        .as(ImagingStudy::new);
  }

  /** Every finding type of the format, equally often. */
  static Arbitrary<ImagingFinding> findings() {
    return Arbitraries.oneOf(
        List.of(
            discHerniation(),
            epiduralFibrosis(),
            stenosis(),
            spondylolisthesis(),
            dynamicInstability(),
            adjacentSegment(),
            fusionStatus(),
            hardwareProblem(),
            facetArthropathy(),
            discDegeneration(),
            modicChange(),
            levels().map(Discitis::new),
            levels().map(EpiduralAbscess::new),
            Combinators.combine(levels(), maybe(Arbitraries.of(CollectionKind.class)))
                .as(FluidCollection::new),
            Arbitraries.of(Level.class).list().ofMaxSize(3).injectNull(0.3).map(Arachnoiditis::new),
            sagittalMalalignment(),
            vertebralFracture(),
            sides().map(SijArthropathy::new),
            Combinators.combine(sides(), maybe(Arbitraries.of(Severity.class)))
                .as(HipOsteoarthritis::new),
            levels().map(Tumor::new),
            maybe(texts()).map(Other::new)));
  }

  private static Arbitrary<Level> levels() {
    return maybe(Arbitraries.of(Level.class));
  }

  private static Arbitrary<Side> sides() {
    return maybe(Arbitraries.of(Side.class));
  }

  private static Arbitrary<Root> roots() {
    return maybe(Arbitraries.of(Root.class));
  }

  private static Arbitrary<Severity> severities() {
    return maybe(Arbitraries.of(Severity.class));
  }

  private static Arbitrary<ImagingFinding> discHerniation() {
    return Combinators.combine(
            levels(),
            sides(),
            maybe(Arbitraries.of(HerniationZone.class)),
            roots(),
            maybe(Arbitraries.of(Enhancement.class)))
        .as(DiscHerniation::new);
  }

  private static Arbitrary<ImagingFinding> epiduralFibrosis() {
    return Combinators.combine(levels(), sides(), severities(), roots()).as(EpiduralFibrosis::new);
  }

  private static Arbitrary<ImagingFinding> stenosis() {
    return Combinators.combine(
            levels(), sides(), maybe(Arbitraries.of(StenosisLocation.class)), severities(), roots())
        .as(Stenosis::new);
  }

  private static Arbitrary<ImagingFinding> spondylolisthesis() {
    return Combinators.combine(
            levels(),
            maybe(measures()),
            maybe(Arbitraries.integers().between(1, 4)),
            maybe(Arbitraries.of(SlipKind.class)))
        .as(Spondylolisthesis::new);
  }

  private static Arbitrary<ImagingFinding> dynamicInstability() {
    return Combinators.combine(levels(), maybe(measures()), maybe(measures()))
        .as(DynamicInstability::new);
  }

  private static Arbitrary<ImagingFinding> adjacentSegment() {
    return Combinators.combine(levels(), bools()).as(AdjacentSegmentDegeneration::new);
  }

  private static Arbitrary<ImagingFinding> fusionStatus() {
    return Combinators.combine(levels(), maybe(Arbitraries.of(FusionState.class)))
        .as(FusionStatus::new);
  }

  private static Arbitrary<ImagingFinding> hardwareProblem() {
    return Combinators.combine(
            levels(), sides(), maybe(Arbitraries.of(HardwareIssue.class)), roots())
        .as(HardwareProblem::new);
  }

  private static Arbitrary<ImagingFinding> facetArthropathy() {
    return Combinators.combine(levels(), sides(), bools()).as(FacetArthropathy::new);
  }

  private static Arbitrary<ImagingFinding> discDegeneration() {
    return Combinators.combine(levels(), severities(), bools()).as(DiscDegeneration::new);
  }

  private static Arbitrary<ImagingFinding> modicChange() {
    return Combinators.combine(levels(), maybe(Arbitraries.integers().between(1, 3)))
        .as(ModicChange::new);
  }

  private static Arbitrary<ImagingFinding> sagittalMalalignment() {
    return Combinators.combine(
            maybe(signedMeasures()), maybe(signedMeasures()), maybe(signedMeasures()))
        .as(SagittalMalalignment::new);
  }

  private static Arbitrary<ImagingFinding> vertebralFracture() {
    return Combinators.combine(maybe(Arbitraries.of(ImagingBinder.FRACTURE_SITES)), bools())
        .as(VertebralFracture::new);
  }
}
