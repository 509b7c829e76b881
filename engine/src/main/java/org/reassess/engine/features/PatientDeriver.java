package org.reassess.engine.features;

import org.reassess.engine.casefile.CaseDocument.Patient;

/**
 * Derives the demographic and comorbidity features, each copied from {@code patient}. Stateless.
 */
final class PatientDeriver {

  private PatientDeriver() {}

  static void derive(Patient patient, FeatureValues out) {
    out.integer("age", patient.age());
    out.string("sex", patient.sex());
    out.decimal("bmi", patient.bmi());
    out.bool("smoker", patient.smoker());
    out.bool("diabetes", patient.diabetes());
    out.bool("osteoporosis", patient.osteoporosis());
    out.bool("cancerHistory", patient.cancerHistory());
    out.bool("immunosuppressed", patient.immunosuppressed());
    out.bool("ivDrugUse", patient.ivDrugUse());
    out.bool("anticoagulated", patient.anticoagulated());
    out.bool("peripheralArteryDisease", patient.peripheralArteryDisease());
    out.bool("inflammatoryArthritis", patient.inflammatoryArthritis());
  }
}
