package org.reassess.engine.features.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reassess.engine.features.ImagingJudgement.Concordance.NOT_CONCORDANT;
import static org.reassess.engine.features.ImagingJudgement.Concordance.UNKNOWN;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.reassess.engine.casefile.CaseArbitraries;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.features.CatalogConformance;
import org.reassess.engine.features.FeatureDeriver;
import org.reassess.engine.features.Features;
import org.reassess.engine.features.ImagingJudgement;
import org.reassess.engine.features.TestCases;

/** Invariants of feature derivation that hold for every valid case. */
class FeatureDerivationPropertiesTest {

  @Provide
  Arbitrary<CaseDocument> cases() {
    return CaseArbitraries.validCases();
  }

  private static Features derive(CaseDocument c) {
    return FeatureDeriver.derive(c, TestCases.PARAMETERS);
  }

  @Property(tries = 500)
  void derive_anyValidCase_conformsToTheCatalog(@ForAll("cases") CaseDocument c) {
    CatalogConformance.assertConforms(c, derive(c));
  }

  @Property(tries = 200)
  void derive_sameCaseTwice_givesEqualFeatures(@ForAll("cases") CaseDocument c) {
    assertThat(derive(c)).isEqualTo(derive(c));
  }

  @Property(tries = 300)
  void derive_aNonConcordantFinding_isReportedIncidental(@ForAll("cases") CaseDocument c) {
    Features f = derive(c);

    if (f.imaging().stream().anyMatch(j -> j.concordance() == NOT_CONCORDANT)) {
      assertThat(f.values()).containsEntry("incidentalCompressiveFinding", true);
    }
  }

  @Property(tries = 300)
  void derive_withoutSymptomsOrExam_judgesNothing(@ForAll("cases") CaseDocument c) {
    CaseDocument unknown =
        new CaseDocument(
            c.format(),
            c.caseId(),
            c.assessmentDate(),
            c.patient(),
            c.surgeries(),
            c.course(),
            null,
            null,
            c.imaging(),
            c.labs(),
            c.electrodiagnostics(),
            c.vascular(),
            c.diagnosticBlocks(),
            c.treatmentsTried(),
            c.psychosocial(),
            c.function(),
            c.preferences(),
            c.extensions());

    Features f = derive(unknown);

    assertThat(f.imaging()).extracting(ImagingJudgement::concordance).allMatch(UNKNOWN::equals);
    for (String feature :
        List.of(
            "compressiveLesionConcordant",
            "discHerniationConcordant",
            "stenosisConcordant",
            "incidentalCompressiveFinding")) {
      assertThat(f.get(feature)).as(feature).isNotEqualTo(Optional.of(true));
    }
  }
}
