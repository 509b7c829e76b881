package org.reassess.server.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import org.reassess.server.api.ApiRoute.Answer;
import org.reassess.server.api.ApiRoute.Param;
import org.reassess.server.audit.AuditEvent.Action;
import org.reassess.server.audit.AuditLog;
import org.reassess.server.auth.Principal;
import org.reassess.server.records.PatientRecords;
import org.reassess.server.records.StoredAssessment;
import org.reassess.server.web.Web;

/** The API's assessment routes: a patient's assessments, and one assessment as it was saved. */
final class AssessmentsApi {

  private final PatientRecords records;
  private final AuditLog audit;

  AssessmentsApi(PatientRecords records, AuditLog audit) {
    this.records = records;
    this.audit = audit;
  }

  static String assessmentUrl(long patientId, long assessmentId) {
    return PatientsApi.patientUrl(patientId) + "/assessments/" + assessmentId;
  }

  List<ApiRoute> routes() {
    Param pid = Param.pathId("pid", "The patient's id.");
    return List.of(
        new ApiRoute(
            HandlerType.GET,
            "/api/patients/{pid}/assessments",
            "listAssessments",
            "Assessments",
            "The patient's assessments, newest first",
            List.of(pid),
            null,
            new Answer(
                200,
                "The assessments (metadata only)",
                ApiJson.MEDIA_TYPE,
                ApiSchemas.ref(AssessmentListDto.class),
                false),
            List.of(400, 404),
            this::list),
        new ApiRoute(
            HandlerType.GET,
            "/api/patients/{pid}/assessments/{aid}",
            "getAssessment",
            "Assessments",
            "One assessment, byte for byte as it was saved (never re-evaluated)",
            List.of(pid, Param.pathId("aid", "The assessment's id.")),
            null,
            new Answer(
                200, "The assessment document", ApiJson.MEDIA_TYPE, ApiSchemas.ASSESSMENT, false),
            List.of(400, 404),
            this::show));
  }

  private void list(Context ctx) {
    Principal actor = Web.principal(ctx);
    long pid = ApiParams.id(ctx, "pid");
    List<AssessmentDto> items =
        records.assessments(actor, pid).stream().map(AssessmentDto::of).toList();
    // the record page lists assessments as part of an audited view; here the list is the read
    audit.record(actor, Action.VIEW, pid, "assessments of patient " + pid, "API list");
    ApiJson.answer(ctx, 200, new AssessmentListDto(items));
  }

  private void show(Context ctx) {
    long pid = ApiParams.id(ctx, "pid");
    long aid = ApiParams.id(ctx, "aid");
    StoredAssessment a = records.assessment(Web.principal(ctx), pid, aid);
    // the stored text itself: what was shown and signed off, not a re-serialisation of it
    ctx.status(200).contentType(ApiJson.MEDIA_TYPE).result(a.assessmentJson());
  }
}
