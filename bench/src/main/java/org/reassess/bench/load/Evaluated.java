package org.reassess.bench.load;

import org.jspecify.annotations.Nullable;
import org.reassess.engine.Engine;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.assessment.AssessmentWriter;
import org.reassess.engine.assessment.CauseResult;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseReader;
import org.reassess.engine.casefile.CaseValidationException;
import org.reassess.engine.casefile.CaseWriter;

/**
 * One case read, evaluated and written exactly as {@code PatientRecords.saveRevision} does before
 * its transaction: the canonical case JSON, the assessment JSON, and the columns derived from them.
 */
record Evaluated(
    String caseJson,
    String assessmentJson,
    String engineVersion,
    String kbVersion,
    String kbHash,
    String tier,
    int redFlagCount,
    @Nullable String leadingCause) {

  static Evaluated of(Engine engine, byte[] caseJson) {
    CaseDocument document;
    try {
      document = CaseReader.strict().read(caseJson);
    } catch (CaseValidationException e) {
      throw new IllegalStateException("a varied example case is not valid: " + e.getMessage(), e);
    }
    Assessment a = engine.assess(document);
    return new Evaluated(
        CaseWriter.toJson(document),
        AssessmentWriter.toJsonLine(a),
        a.engineVersion(),
        a.knowledgeBase().version(),
        a.knowledgeBase().hash(),
        a.triage().tier(),
        a.triage().redFlags().size(),
        leadingCause(a));
  }

  // the same summary as PatientRecords.leadingCause (private there): the top cause and likelihood
  private static @Nullable String leadingCause(Assessment a) {
    if (a.differential().isEmpty()) {
      return null;
    }
    CauseResult top = a.differential().get(0);
    return top.name() + " (" + top.likelihood() + ")";
  }
}
