package org.reassess.server.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reassess.engine.casefile.ValidationIssue;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.OutcomeMeasure;
import org.reassess.engine.outcomes.Observation;
import org.reassess.engine.outcomes.OutcomeClassifier;
import org.reassess.server.api.ApiRoute.Answer;
import org.reassess.server.api.ApiRoute.Body;
import org.reassess.server.api.ApiRoute.Param;
import org.reassess.server.audit.AuditEvent.Action;
import org.reassess.server.audit.AuditLog;
import org.reassess.server.auth.Principal;
import org.reassess.server.records.Measurement;
import org.reassess.server.records.OutcomeException;
import org.reassess.server.records.Outcomes;
import org.reassess.server.web.Web;

/**
 * The API's outcome routes: a patient's measurements over time with each measure judged against its
 * MCID, and recording a visit. A visit is validated by {@link Outcomes}, the same code the web form
 * goes through, so the two accept and refuse exactly the same values.
 */
final class OutcomesApi {

  /** Largest visit: a date and ten numbers, with room to spare. */
  static final int MAX_VISIT_BYTES = 16 * 1024;

  /** The problems of a visit that are not a measure's, and their place in the body. */
  private static final Set<String> VISIT_FIELDS = Set.of("measuredOn", "values");

  private final Outcomes outcomes;
  private final KnowledgeBase kb;
  private final AuditLog audit;

  OutcomesApi(Outcomes outcomes, KnowledgeBase kb, AuditLog audit) {
    this.outcomes = outcomes;
    this.kb = kb;
    this.audit = audit;
  }

  static String outcomesUrl(long patientId) {
    return PatientsApi.patientUrl(patientId) + "/outcomes";
  }

  List<ApiRoute> routes() {
    Param pid = Param.pathId("pid", "The patient's id.");
    return List.of(
        new ApiRoute(
            HandlerType.GET,
            "/api/patients/{pid}/outcomes",
            "listOutcomes",
            "Outcomes",
            "The patient's outcome measurements over time, each measure judged against its MCID",
            List.of(pid),
            null,
            new Answer(
                200,
                "The measurements, the measures with their MCIDs, and the patient's status",
                ApiJson.MEDIA_TYPE,
                ApiSchemas.ref(OutcomesDto.class),
                false),
            List.of(400, 404),
            this::list),
        new ApiRoute(
            HandlerType.POST,
            "/api/patients/{pid}/outcomes",
            "recordVisit",
            "Outcomes",
            "Records one visit's outcome measurements and judges the patient's status again",
            List.of(pid),
            new Body(
                ApiJson.MEDIA_TYPE,
                ApiSchemas.ref(NewVisitDto.class),
                "The visit; unknown fields are refused. The measures: "
                    + measureList()
                    + ". A visit with an invalid date or value, or an unknown measure, saves"
                    + " nothing and is answered with 422 and every problem, each at its JSON"
                    + " pointer (/measuredOn, /values/<measure>).",
                MAX_VISIT_BYTES),
            new Answer(
                201,
                "The visit was recorded: the patient's outcomes now (Location is their address)",
                ApiJson.MEDIA_TYPE,
                ApiSchemas.ref(OutcomesDto.class),
                true),
            List.of(400, 404, 413, 415, 422),
            this::record));
  }

  private void list(Context ctx) {
    Principal actor = Web.principal(ctx);
    long pid = ApiParams.id(ctx, "pid");
    OutcomesDto answer = outcomes(actor, pid);
    // the record page shows outcomes as part of an audited view; here the read is the view itself
    audit.record(actor, Action.VIEW, pid, "outcomes of patient " + pid, "API");
    ApiJson.answer(ctx, 200, answer);
  }

  private void record(Context ctx) {
    Principal actor = Web.principal(ctx);
    long pid = ApiParams.id(ctx, "pid");
    NewVisitDto visit = ApiJson.body(ctx, NewVisitDto.class, MAX_VISIT_BYTES);
    try {
      // as typed into the form: the exact decimal sent, and a null spelled as such, so that
      // Outcomes refuses what the form would refuse, in the same words
      Map<String, String> values = new LinkedHashMap<>();
      if (visit.values() != null) {
        visit.values().forEach((id, v) -> values.put(id, v == null ? "null" : v.toString()));
      }
      outcomes.record(actor, pid, visit.measuredOn() == null ? "" : visit.measuredOn(), values);
    } catch (OutcomeException e) {
      throw invalid(e.problems());
    }
    ctx.header("Location", outcomesUrl(pid));
    // read back, so the answer is what was stored, judged as the list will judge it (and audited)
    OutcomesDto answer = outcomes(actor, pid);
    audit.record(actor, Action.VIEW, pid, "outcomes of patient " + pid, "API");
    ApiJson.answer(ctx, 201, answer);
  }

  /** The patient's outcomes, each measure judged as {@link Outcomes} judges the status. */
  private OutcomesDto outcomes(Principal actor, long pid) {
    List<Measurement> rows = outcomes.measurements(actor, pid); // newest first
    Map<String, List<Observation>> series = new HashMap<>();
    // oldest first, as the classifier reads a series (same-day values in the order recorded)
    for (int i = rows.size() - 1; i >= 0; i--) {
      Measurement m = rows.get(i);
      series
          .computeIfAbsent(m.measure(), k -> new ArrayList<>())
          .add(new Observation(m.measuredOn(), m.value()));
    }
    List<String> primary = kb.primaryMeasures().stream().map(OutcomeMeasure::id).toList();
    List<OutcomeMeasureDto> measures =
        outcomes.measures().stream()
            .map(
                m ->
                    OutcomeMeasureDto.of(
                        OutcomeClassifier.trend(m, series.getOrDefault(m.id(), List.of())),
                        primary.contains(m.id())))
            .toList();
    return new OutcomesDto(
        OutcomeClassifier.status(kb, series).wire(),
        primary,
        measures,
        rows.stream().map(MeasurementDto::of).toList(),
        kb.version());
  }

  /**
   * 422: every problem of the visit at its JSON pointer in the body, in the body's order (the date,
   * then the measures as the knowledge base lists them, then unknown ones); the detail names them.
   */
  private ApiRequestException invalid(Map<String, String> problems) {
    List<String> order = new ArrayList<>(List.of("measuredOn", "values"));
    outcomes.measures().forEach(m -> order.add(m.id()));
    List<String> keys = new ArrayList<>(problems.keySet());
    keys.sort(
        Comparator.comparingInt(
                (String k) -> order.indexOf(k) < 0 ? order.size() : order.indexOf(k))
            .thenComparing(Comparator.naturalOrder()));
    List<ValidationIssue> issues = new ArrayList<>();
    for (String key : keys) {
      issues.add(new ValidationIssue(pointer(key), problems.get(key)));
    }
    String named =
        keys.stream().map(k -> k + " " + problems.get(k)).collect(Collectors.joining("; "));
    return new ApiRequestException(
        422,
        "The visit is not valid",
        "Nothing was saved. Correct these problems and try again: " + named + ".",
        issues);
  }

  /** Where a problem of {@link Outcomes#record} is in the body: a measure's is in values. */
  private static String pointer(String key) {
    String escaped = key.replace("~", "~0").replace("/", "~1"); // RFC 6901
    return VISIT_FIELDS.contains(key) ? "/" + escaped : "/values/" + escaped;
  }

  /** The recordable measures, as the body's description lists them. */
  private String measureList() {
    return outcomes.measures().stream()
        .map(m -> m.id() + " (" + m.label() + ")")
        .collect(Collectors.joining(", "));
  }
}
