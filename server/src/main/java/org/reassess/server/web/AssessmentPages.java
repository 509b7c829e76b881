package org.reassess.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.reassess.engine.Engine;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.assessment.AssessmentReader;
import org.reassess.report.PatientLetter;
import org.reassess.report.PdfReport;
import org.reassess.server.auth.Principal;
import org.reassess.server.records.AssessmentRecord;
import org.reassess.server.records.PatientRecords;
import org.reassess.server.records.PatientSummary;
import org.reassess.server.records.StoredAssessment;

/**
 * The assessment page and its documents: the clinician report (PDF) and the patient letter (HTML
 * and PDF), all rendered from the stored assessment, never a re-evaluation.
 */
public final class AssessmentPages {

  private final PatientRecords records;
  private final Engine engine;

  public AssessmentPages(PatientRecords records) {
    this.records = records;
    this.engine = records.engine();
  }

  public void register(RoutesConfig routes) {
    routes.get("/patients/{pid}/assessments/{aid}", this::show);
    routes.get("/patients/{pid}/assessments/{aid}/report.pdf", this::reportPdf);
    routes.get("/patients/{pid}/assessments/{aid}/letter.pdf", this::letterPdf);
    routes.get("/patients/{pid}/assessments/{aid}/letter", this::letterHtml);
  }

  private void show(Context ctx) {
    Principal actor = Web.principal(ctx);
    long pid = Web.id(ctx, "pid");
    long aid = Web.id(ctx, "aid");
    AssessmentRecord read = records.assessmentRecord(actor, pid, aid);
    PatientSummary patient = read.patient();
    StoredAssessment stored = read.assessment();
    Assessment assessment = AssessmentReader.read(stored.assessmentJson());
    Assessment previous =
        read.previous().map(p -> AssessmentReader.read(p.assessmentJson())).orElse(null);
    List<String> caseChanges =
        read.previousCaseJson().isPresent() && read.caseJson().isPresent()
            ? CaseDiff.between(read.previousCaseJson().get(), read.caseJson().get())
            : List.of();
    Templates.page(
        ctx,
        "assessment.jte",
        Web.params(
            Web.chrome(ctx, "Assessment — " + patient.displayName(), engine),
            "patient",
            patient,
            "stored",
            stored,
            "view",
            AssessmentView.of(
                assessment, previous, caseChanges, engine.knowledgeBase().sources())));
  }

  private void reportPdf(Context ctx) {
    document(ctx, "clinician report (PDF)", "report", PdfReport::render);
  }

  private void letterPdf(Context ctx) {
    document(ctx, "patient letter (PDF)", "letter", PatientLetter::renderPdf);
  }

  private void letterHtml(Context ctx) {
    Principal actor = Web.principal(ctx);
    long pid = Web.id(ctx, "pid");
    long aid = Web.id(ctx, "aid");
    StoredAssessment stored = records.assessment(actor, pid, aid);
    records.auditExport(actor, pid, aid, "patient letter (HTML)");
    // the letter is a self-contained document with its own inline styles and no script at all
    ctx.header(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'");
    ctx.html(PatientLetter.renderHtml(AssessmentReader.read(stored.assessmentJson())));
  }

  private void document(
      Context ctx,
      String what,
      String name,
      java.util.function.Function<Assessment, byte[]> render) {
    Principal actor = Web.principal(ctx);
    long pid = Web.id(ctx, "pid");
    long aid = Web.id(ctx, "aid");
    StoredAssessment stored = records.assessment(actor, pid, aid);
    byte[] pdf = render.apply(AssessmentReader.read(stored.assessmentJson()));
    records.auditExport(actor, pid, aid, what);
    ctx.contentType("application/pdf");
    ctx.header(
        "Content-Disposition", "attachment; filename=\"" + name + "-" + pid + "-" + aid + ".pdf\"");
    ctx.result(pdf);
  }
}
