package org.reassess.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reassess.engine.kb.OutcomeMeasure;
import org.reassess.engine.outcomes.Observation;
import org.reassess.engine.outcomes.OutcomeClassifier;
import org.reassess.server.auth.Principal;
import org.reassess.server.records.OutcomeException;
import org.reassess.server.records.Outcomes;

/** Recording a visit's outcome measurements, and the charts of their course on the patient page. */
public final class OutcomePages {

  private final Outcomes outcomes;
  private final PatientPages patients;

  public OutcomePages(Outcomes outcomes, PatientPages patients) {
    this.outcomes = outcomes;
    this.patients = patients;
  }

  public void register(RoutesConfig routes) {
    routes.post("/patients/{pid}/outcomes", this::record);
  }

  private void record(Context ctx) {
    Principal actor = Web.principal(ctx);
    long pid = Web.id(ctx, "pid");
    Map<String, String> values = new LinkedHashMap<>();
    for (OutcomeMeasure m : outcomes.measures()) {
      values.put(m.id(), Web.form(ctx, m.id()));
    }
    try {
      outcomes.record(actor, pid, Web.form(ctx, "measuredOn"), values);
      Web.redirectWithNotice(ctx, "/patients/" + pid + "#outcomes-h", Notices.Key.OUTCOMES_SAVED);
    } catch (OutcomeException e) {
      patients.showRecord(
          ctx,
          pid,
          List.of(),
          new OutcomeForm(Web.form(ctx, "measuredOn"), values, e.problems()),
          422);
    }
  }

  /** The charts of every measure with at least one value, in the knowledge base's order. */
  static List<OutcomeChart> charts(Outcomes outcomes, Principal actor, long pid) {
    Map<String, List<Observation>> series = outcomes.series(actor, pid);
    return outcomes.measures().stream()
        .filter(m -> series.containsKey(m.id()))
        .map(m -> OutcomeChart.of(OutcomeClassifier.trend(m, series.get(m.id()))))
        .toList();
  }

  /** The visit form as typed, with its problems, when it was refused. */
  public record OutcomeForm(
      String measuredOn, Map<String, String> values, Map<String, String> problems) {
    public OutcomeForm {
      values = Map.copyOf(values);
      problems = Map.copyOf(problems);
    }

    public static OutcomeForm blank(String today) {
      return new OutcomeForm(today, Map.of(), Map.of());
    }

    public String value(String id) {
      return values.getOrDefault(id, "");
    }

    public String problem(String id) {
      return problems.getOrDefault(id, "");
    }
  }
}
