package org.reassess.engine.features;

import java.util.List;
import java.util.Optional;
import org.reassess.engine.casefile.CaseDocument;

/**
 * Derives the typed {@link Features} of a case: the first stage of every assessment. Each feature
 * family has its own package-private deriver; the rules they share are those of {@link
 * FeatureCatalog}: a feature the case does not let us know is absent, never {@code false} or 0, and
 * thresholds and anatomy come from the knowledge base's {@link FeatureParameters}.
 *
 * <p>Pure and deterministic: every interval is measured from the case's {@code assessmentDate},
 * never from the clock, so the same case and parameters always give equal features. Stateless and
 * thread-safe.
 */
public final class FeatureDeriver {

  private FeatureDeriver() {}

  /** The features of {@code c}, with the concordance judgement of each root-related finding. */
  public static Features derive(CaseDocument c, FeatureParameters p) {
    FeatureValues out = new FeatureValues();
    Optional<Operations> operations = Operations.of(c);
    CourseDeriver.derive(c, operations, p, out);
    if (c.patient() != null) {
      PatientDeriver.derive(c.patient(), out);
    }
    if (c.symptoms() != null) {
      SymptomDeriver.derive(c.symptoms(), c.assessmentDate(), p, out);
    }
    if (c.exam() != null) {
      ExamDeriver.derive(c.exam(), p, out);
    }
    ConcordanceJudge judge = new ConcordanceJudge(c, p);
    List<ImagingJudgement> imaging =
        ImagingDeriver.derive(c, operations.orElse(null), judge, p, out);
    LabsDeriver.derive(c, operations.orElse(null), judge, out);
    BlockDeriver.derive(c.diagnosticBlocks(), p, out);
    TreatmentDeriver.derive(c.treatmentsTried(), out);
    PsychosocialDeriver.derive(c.psychosocial(), c.function(), c.preferences(), out);
    return new Features(out.inCatalogOrder(), imaging);
  }
}
