package org.reassess.server.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.reassess.server.api.ApiRoute.Answer;
import org.reassess.server.api.ApiRoute.Body;
import org.reassess.server.api.ApiRoute.In;
import org.reassess.server.api.ApiRoute.Param;
import org.reassess.server.records.PatientQuery;
import org.reassess.server.records.PatientRecords;
import org.reassess.server.web.Web;

/** The API's patient routes: list and search, create, read one. */
final class PatientsApi {

  /** Largest create-patient body: two short strings, with room to spare. */
  static final int MAX_PATIENT_BYTES = 16 * 1024;

  static final int DEFAULT_PAGE_SIZE = 50;
  static final int MAX_PAGE_SIZE = 200;

  private final PatientRecords records;

  PatientsApi(PatientRecords records) {
    this.records = records;
  }

  static String patientUrl(long id) {
    return "/api/patients/" + id;
  }

  List<ApiRoute> routes() {
    return List.of(
        new ApiRoute(
            HandlerType.GET,
            "/api/patients",
            "listPatients",
            "Patients",
            "The clinic's patients, a page at a time, open red flags first",
            List.of(
                new Param(
                    "q",
                    In.QUERY,
                    false,
                    "Words that start words of the name or record number, all of them (case and accents"
                        + " ignored, up to 100 characters).",
                    Map.of("type", "string", "maxLength", 100)),
                new Param(
                    "filter",
                    In.QUERY,
                    false,
                    "Only these patients; all by default.",
                    Map.of("type", "string", "enum", filterValues(), "default", "all")),
                new Param(
                    "page",
                    In.QUERY,
                    false,
                    "The page, from 1.",
                    Map.of("type", "integer", "minimum", 1, "default", 1)),
                new Param(
                    "pageSize",
                    In.QUERY,
                    false,
                    "Patients per page.",
                    Map.of(
                        "type",
                        "integer",
                        "minimum",
                        1,
                        "maximum",
                        MAX_PAGE_SIZE,
                        "default",
                        DEFAULT_PAGE_SIZE))),
            null,
            new Answer(
                200,
                "A page of patients",
                ApiJson.MEDIA_TYPE,
                ApiSchemas.ref(PatientListDto.class),
                false),
            List.of(400),
            this::list),
        new ApiRoute(
            HandlerType.POST,
            "/api/patients",
            "createPatient",
            "Patients",
            "Creates a patient in the token's clinic",
            List.of(),
            new Body(
                ApiJson.MEDIA_TYPE,
                ApiSchemas.ref(NewPatientDto.class),
                "The new patient; unknown fields are refused.",
                MAX_PATIENT_BYTES),
            new Answer(
                201,
                "The patient was created",
                ApiJson.MEDIA_TYPE,
                ApiSchemas.ref(PatientDto.class),
                true),
            List.of(400, 413, 415),
            this::create),
        new ApiRoute(
            HandlerType.GET,
            "/api/patients/{pid}",
            "getPatient",
            "Patients",
            "One patient of the clinic",
            List.of(Param.pathId("pid", "The patient's id.")),
            null,
            new Answer(
                200, "The patient", ApiJson.MEDIA_TYPE, ApiSchemas.ref(PatientDto.class), false),
            List.of(400, 404),
            this::show));
  }

  private void list(Context ctx) {
    String filter = ApiParams.query(ctx, "filter");
    PatientQuery.Filter parsed = PatientQuery.Filter.parse(filter == null ? "all" : filter);
    if (filter != null && !parsed.wire().equals(filter)) {
      throw ApiRequestException.badRequest(
          "The query parameter filter must be one of: " + String.join(", ", filterValues()) + ".");
    }
    String q = ApiParams.query(ctx, "q");
    if (q != null && q.length() > 100) {
      throw ApiRequestException.badRequest("The query parameter q is longer than 100 characters.");
    }
    PatientQuery query =
        new PatientQuery(
            q == null ? "" : q,
            parsed,
            ApiParams.queryInt(ctx, "page", 1, 1, Integer.MAX_VALUE),
            ApiParams.queryInt(ctx, "pageSize", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE));
    ApiJson.answer(ctx, 200, PatientListDto.of(records.list(Web.principal(ctx), query)));
  }

  private void create(Context ctx) {
    NewPatientDto body = ApiJson.body(ctx, NewPatientDto.class, MAX_PATIENT_BYTES);
    if (body.displayName() == null) {
      throw ApiRequestException.badRequest("The field \"displayName\" is required.");
    }
    var actor = Web.principal(ctx);
    long id = records.createPatient(actor, body.displayName(), body.mrn());
    ctx.header("Location", patientUrl(id));
    // read back through the record, so the answer is what was stored (and the read is audited)
    ApiJson.answer(ctx, 201, PatientDto.of(records.patient(actor, id)));
  }

  private void show(Context ctx) {
    long id = ApiParams.id(ctx, "pid");
    ApiJson.answer(ctx, 200, PatientDto.of(records.patient(Web.principal(ctx), id)));
  }

  private static List<String> filterValues() {
    return Arrays.stream(PatientQuery.Filter.values()).map(PatientQuery.Filter::wire).toList();
  }
}
