package org.reassess.server.api;

import io.javalin.config.RoutesConfig;
import java.util.ArrayList;
import java.util.List;
import org.reassess.engine.Engine;
import org.reassess.server.audit.AuditLog;
import org.reassess.server.records.Outcomes;
import org.reassess.server.records.PatientRecords;

/**
 * The REST API: its route table (every route group's operations), which both registers the routes
 * and is what {@code /openapi.json} describes. Thread-safe.
 */
public final class Api {

  /** The DTOs whose schemas the document lists (those the routes name, and what they contain). */
  private static final List<Class<? extends Record>> DTOS =
      List.of(
          PatientListDto.class,
          PatientDto.class,
          NewPatientDto.class,
          RevisionListDto.class,
          SavedCaseDto.class,
          AssessmentListDto.class,
          OutcomesDto.class,
          NewVisitDto.class);

  private final List<ApiRoute> routes;
  private final String openApiJson;

  public Api(PatientRecords records, Outcomes outcomes, AuditLog audit) {
    List<ApiRoute> all = new ArrayList<>();
    all.addAll(new PatientsApi(records).routes());
    all.addAll(new CasesApi(records, audit).routes());
    all.addAll(new AssessmentsApi(records, audit).routes());
    all.addAll(new OutcomesApi(outcomes, records.engine().knowledgeBase(), audit).routes());
    this.routes = List.copyOf(all);
    this.openApiJson = OpenApiDocument.json(routes, DTOS, Engine.version());
  }

  /** The route table. */
  public List<ApiRoute> routes() {
    return routes;
  }

  /** Registers every route of the table, and {@code GET /openapi.json} (public). */
  public void register(RoutesConfig config) {
    for (ApiRoute r : routes) {
      config.addHttpHandler(r.method(), r.path(), r.handler());
    }
    config.get("/openapi.json", ctx -> ctx.contentType(ApiJson.MEDIA_TYPE).result(openApiJson));
  }
}
