package org.reassess.server.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import org.reassess.engine.casefile.CaseValidationException;
import org.reassess.server.api.ApiRoute.Answer;
import org.reassess.server.api.ApiRoute.Body;
import org.reassess.server.api.ApiRoute.Param;
import org.reassess.server.audit.AuditEvent.Action;
import org.reassess.server.audit.AuditLog;
import org.reassess.server.auth.Principal;
import org.reassess.server.records.NoSuchPatientException;
import org.reassess.server.records.PatientRecords;
import org.reassess.server.records.Revision;
import org.reassess.server.web.Web;

/** The API's case routes: a patient's revisions, saving (and evaluating) a case, reading one. */
final class CasesApi {

  /** Largest case: the case reader's own limit. */
  static final int MAX_CASE_BYTES = 5 * 1024 * 1024;

  private final PatientRecords records;
  private final AuditLog audit;

  CasesApi(PatientRecords records, AuditLog audit) {
    this.records = records;
    this.audit = audit;
  }

  static String caseUrl(long patientId, int revision) {
    return PatientsApi.patientUrl(patientId) + "/cases/" + revision;
  }

  List<ApiRoute> routes() {
    Param pid = Param.pathId("pid", "The patient's id.");
    return List.of(
        new ApiRoute(
            HandlerType.GET,
            "/api/patients/{pid}/cases",
            "listCaseRevisions",
            "Cases",
            "The revisions of the patient's case, newest first",
            List.of(pid),
            null,
            new Answer(
                200,
                "The revisions (metadata only)",
                ApiJson.MEDIA_TYPE,
                ApiSchemas.ref(RevisionListDto.class),
                false),
            List.of(400, 404),
            this::list),
        new ApiRoute(
            HandlerType.POST,
            "/api/patients/{pid}/cases",
            "saveCase",
            "Cases",
            "Saves a case as the patient's next revision and evaluates it",
            List.of(pid),
            new Body(
                ApiJson.MEDIA_TYPE,
                ApiSchemas.CASE,
                "A reassess-case/1 document. An invalid case saves nothing and is answered with 422"
                    + " and every problem, each at its JSON pointer.",
                MAX_CASE_BYTES),
            new Answer(
                201,
                "The case was saved and evaluated",
                ApiJson.MEDIA_TYPE,
                ApiSchemas.ref(SavedCaseDto.class),
                true),
            List.of(400, 404, 413, 415, 422),
            this::save),
        new ApiRoute(
            HandlerType.GET,
            "/api/patients/{pid}/cases/{rev}",
            "getCase",
            "Cases",
            "One revision of the patient's case, as the reassess-case/1 document saved",
            List.of(pid, Param.pathId("rev", "The revision's number.")),
            null,
            new Answer(200, "The case document", ApiJson.MEDIA_TYPE, ApiSchemas.CASE, false),
            List.of(400, 404),
            this::show));
  }

  private void list(Context ctx) {
    Principal actor = Web.principal(ctx);
    long pid = ApiParams.id(ctx, "pid");
    List<RevisionDto> items = records.revisions(actor, pid).stream().map(RevisionDto::of).toList();
    // the record page lists revisions as part of an audited view; here the list is the read itself
    audit.record(actor, Action.VIEW, pid, "case revisions of patient " + pid, "API list");
    ApiJson.answer(ctx, 200, new RevisionListDto(items));
  }

  private void save(Context ctx) throws CaseValidationException {
    Principal actor = Web.principal(ctx);
    long pid = ApiParams.id(ctx, "pid");
    byte[] json = ApiJson.body(ctx, MAX_CASE_BYTES);
    PatientRecords.Saved saved = records.saveRevision(actor, pid, json, "api");
    String caseUrl = caseUrl(pid, saved.revision());
    ctx.header("Location", caseUrl);
    ApiJson.answer(
        ctx,
        201,
        new SavedCaseDto(
            saved.revision(),
            saved.assessmentId(),
            caseUrl,
            AssessmentsApi.assessmentUrl(pid, saved.assessmentId())));
  }

  private void show(Context ctx) {
    long pid = ApiParams.id(ctx, "pid");
    long rev = ApiParams.id(ctx, "rev");
    if (rev > Integer.MAX_VALUE) {
      throw new NoSuchPatientException("Revision " + rev);
    }
    Revision r = records.exportRevision(Web.principal(ctx), pid, (int) rev);
    ctx.status(200).contentType(ApiJson.MEDIA_TYPE).result(r.caseJson());
  }
}
