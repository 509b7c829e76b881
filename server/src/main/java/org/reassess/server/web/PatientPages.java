package org.reassess.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.Engine;
import org.reassess.engine.casefile.CaseValidationException;
import org.reassess.engine.casefile.ValidationIssue;
import org.reassess.server.auth.Principal;
import org.reassess.server.records.Outcomes;
import org.reassess.server.records.PatientQuery;
import org.reassess.server.records.PatientRecords;
import org.reassess.server.records.PatientSummary;
import org.reassess.server.records.RecordException;
import org.reassess.server.records.Revision;

/** The patient list, a new patient, the patient's record page, case import and export. */
public final class PatientPages {

  /** Largest case file accepted for import: the case reader's own limit. */
  static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

  private final PatientRecords records;
  private final Engine engine;
  private final Outcomes outcomes;
  private final Clock clock;

  public PatientPages(PatientRecords records, Outcomes outcomes, Clock clock) {
    this.records = records;
    this.engine = records.engine();
    this.outcomes = outcomes;
    this.clock = clock;
  }

  public void register(RoutesConfig routes) {
    routes.get("/patients", this::list);
    routes.get("/patients/new", this::newForm);
    routes.post("/patients", this::create);
    routes.get("/patients/{pid}", this::show);
    routes.post("/patients/{pid}/case/import", this::importCase);
    routes.get("/patients/{pid}/revisions/{rev}/case.json", this::export);
  }

  private void list(Context ctx) {
    String pageParam = ctx.queryParam("page");
    int page = 1;
    try {
      page = pageParam == null ? 1 : Integer.parseInt(pageParam);
    } catch (NumberFormatException e) {
      page = 1;
    }
    String q = ctx.queryParam("q");
    String filter = ctx.queryParam("filter");
    PatientQuery query =
        new PatientQuery(
            q == null ? "" : q, PatientQuery.Filter.parse(filter == null ? "" : filter), page, 50);
    Templates.page(
        ctx,
        "patients.jte",
        Web.params(
            Web.chrome(ctx, "Patients", engine), "list", records.list(Web.principal(ctx), query)));
  }

  private void newForm(Context ctx) {
    Templates.page(
        ctx,
        "patientNew.jte",
        Web.params(
            Web.chrome(ctx, "New patient", engine), "error", "", "displayName", "", "mrn", ""));
  }

  private void create(Context ctx) {
    String name = Web.form(ctx, "displayName");
    String mrn = Web.form(ctx, "mrn");
    try {
      long id = records.createPatient(Web.principal(ctx), name, mrn);
      Web.redirectWithNotice(ctx, "/patients/" + id, Notices.Key.PATIENT_CREATED);
    } catch (RecordException e) {
      ctx.status(400);
      Templates.page(
          ctx,
          "patientNew.jte",
          Web.params(
              Web.chrome(ctx, "New patient", engine),
              "error",
              e.getMessage(),
              "displayName",
              name,
              "mrn",
              mrn));
    }
  }

  private void show(Context ctx) {
    showRecord(ctx, Web.id(ctx, "pid"), List.of(), null, 200);
  }

  /**
   * The patient's record page; after a refused import or visit form, with its problems.
   *
   * @param outcomeForm the visit form as typed, or null for a blank one dated today
   */
  void showRecord(
      Context ctx,
      long patientId,
      List<ValidationIssue> importIssues,
      OutcomePages.@Nullable OutcomeForm outcomeForm,
      int status) {
    Principal actor = Web.principal(ctx);
    PatientSummary patient = records.patient(actor, patientId);
    ctx.status(status);
    Templates.page(
        ctx,
        "patient.jte",
        Web.params(
            Web.chrome(ctx, patient.displayName(), engine),
            "patient",
            patient,
            "assessments",
            records.assessments(actor, patient.id()),
            "revisions",
            records.revisions(actor, patient.id()),
            "importIssues",
            importIssues,
            "hasDraft",
            records.draft(actor, patient.id()).isPresent(),
            "measures",
            outcomes.measures(),
            "charts",
            OutcomePages.charts(outcomes, actor, patient.id()),
            "outcomeForm",
            outcomeForm != null
                ? outcomeForm
                : OutcomePages.OutcomeForm.blank(LocalDate.now(clock).toString())));
  }

  private void importCase(Context ctx) throws IOException {
    Principal actor = Web.principal(ctx);
    long id = Web.id(ctx, "pid");
    UploadedFile file = ctx.uploadedFile("caseFile");
    if (file == null || file.size() == 0) {
      throw new RecordException("Choose a case file (reassess-case/1 JSON) to import.");
    }
    if (file.size() > MAX_IMPORT_BYTES) {
      throw new RecordException(
          "The file is larger than the 5 MB a case may be; nothing was" + " imported.");
    }
    byte[] json;
    try (InputStream in = file.content()) {
      json = in.readNBytes(MAX_IMPORT_BYTES + 1);
    }
    try {
      PatientRecords.Saved saved = records.saveRevision(actor, id, json, "import");
      Web.redirectWithNotice(
          ctx,
          "/patients/" + id + "/assessments/" + saved.assessmentId(),
          Notices.Key.REVISION_SAVED);
    } catch (CaseValidationException e) {
      showRecord(ctx, id, e.issues(), null, 422);
    }
  }

  private void export(Context ctx) {
    long id = Web.id(ctx, "pid");
    int rev = (int) Web.id(ctx, "rev");
    Revision r = records.exportRevision(Web.principal(ctx), id, rev);
    ctx.contentType("application/json");
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"case-" + id + "-r" + r.revision() + ".json\"");
    ctx.result(r.caseJson());
  }
}
