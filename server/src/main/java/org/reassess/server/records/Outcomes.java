package org.reassess.server.records;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.reassess.engine.casefile.CaseReader;
import org.reassess.engine.casefile.ValidationIssue;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.OutcomeMeasure;
import org.reassess.engine.outcomes.Observation;
import org.reassess.engine.outcomes.OutcomeClassifier;
import org.reassess.server.audit.AuditEvent.Action;
import org.reassess.server.audit.AuditLog;
import org.reassess.server.auth.Principal;

/**
 * Outcome measurements over time: recorded per visit, validated exactly as the case format
 * validates the same field (one source of truth for ranges and types), and summarised into the
 * patient's improving / not improving / worsening status with the knowledge base's MCIDs, in the
 * same transaction. Thread-safe.
 */
public final class Outcomes {

  /**
   * Where each measure lives in a reassess-case/1 document (case-format.md): the measures are the
   * case's own fields, so the case reader can validate a value in place.
   */
  static final Map<String, String> CASE_SECTION =
      Map.ofEntries(
          Map.entry("backPainNrs", "symptoms"),
          Map.entry("legPainNrs", "symptoms"),
          Map.entry("odi", "function"),
          Map.entry("walkingToleranceMinutes", "function"),
          Map.entry("sittingToleranceMinutes", "function"),
          Map.entry("eq5dIndex", "function"),
          Map.entry("phq9", "psychosocial"),
          Map.entry("gad7", "psychosocial"),
          Map.entry("painCatastrophizing", "psychosocial"),
          Map.entry("tsk", "psychosocial"));

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Jdbi jdbi;
  private final KnowledgeBase kb;
  private final PatientRecords records;
  private final AuditLog audit;
  private final Clock clock;

  public Outcomes(
      Jdbi jdbi, KnowledgeBase kb, PatientRecords records, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.kb = kb;
    this.records = records;
    this.audit = audit;
    this.clock = clock;
  }

  /** The measures a visit can record, in the knowledge base's order. */
  public List<OutcomeMeasure> measures() {
    return kb.measures().stream().filter(m -> CASE_SECTION.containsKey(m.id())).toList();
  }

  /**
   * Records the measurements of one visit; blank values are skipped (not measured is not zero).
   *
   * @param values measure id → the value as typed
   * @return how many measurements were saved
   * @throws OutcomeException with every problem; nothing is saved
   */
  public int record(
      Principal actor, long patientId, String measuredOn, Map<String, String> values) {
    Map<String, String> problems = new LinkedHashMap<>();
    LocalDate date = date(measuredOn, problems);
    Map<String, Double> parsed = new LinkedHashMap<>();
    for (OutcomeMeasure m : measures()) {
      String raw = values.getOrDefault(m.id(), "").strip();
      if (!raw.isEmpty()) {
        validate(m, raw, problems).ifPresent(v -> parsed.put(m.id(), v));
      }
    }
    for (String key : values.keySet()) {
      if (!CASE_SECTION.containsKey(key)) {
        problems.put(key, "is not an outcome measure");
      }
    }
    if (parsed.isEmpty() && problems.isEmpty()) {
      problems.put("values", "Enter at least one measurement.");
    }
    if (!problems.isEmpty()) {
      throw new OutcomeException(problems);
    }
    return jdbi.inTransaction(
        h -> {
          records.requirePatient(h, actor, patientId);
          Instant now = Instant.now(clock);
          for (Map.Entry<String, Double> e : parsed.entrySet()) {
            h.createUpdate(
                    "INSERT INTO outcome (patient_id, measured_on, measure, measured, recorded_at,"
                        + " recorded_by) VALUES (:p, :d, :m, :v, :t, :b)")
                .bind("p", patientId)
                .bind("d", date)
                .bind("m", e.getKey())
                .bind("v", e.getValue())
                .bind("t", now)
                .bind("b", actor.accountId())
                .execute();
          }
          updateStatus(h, patientId, now);
          audit.record(
              h,
              actor,
              Action.CREATE,
              patientId,
              "outcome measurements",
              parsed.size() + " measure(s) on " + date);
          return parsed.size();
        });
  }

  /** Every measurement of the patient, per measure, in time order (audited with the page). */
  public Map<String, List<Observation>> series(Principal actor, long patientId) {
    return jdbi.withHandle(
        h -> {
          records.requirePatient(h, actor, patientId);
          return series(h, patientId);
        });
  }

  /** Every measurement of the patient as rows, newest first (for the API and the table). */
  public List<Measurement> measurements(Principal actor, long patientId) {
    return jdbi.withHandle(
        h -> {
          records.requirePatient(h, actor, patientId);
          return h.createQuery(
                  "SELECT id, measure, measured_on, measured, recorded_at FROM outcome WHERE"
                      + " patient_id = :p ORDER BY measured_on DESC, id DESC")
              .bind("p", patientId)
              .map(
                  (rs, ctx) ->
                      new Measurement(
                          rs.getLong("id"),
                          rs.getString("measure"),
                          rs.getObject("measured_on", LocalDate.class),
                          rs.getDouble("measured"),
                          rs.getObject("recorded_at", java.time.OffsetDateTime.class).toInstant()))
              .list();
        });
  }

  private static Map<String, List<Observation>> series(Handle h, long patientId) {
    Map<String, List<Observation>> series = new TreeMap<>();
    h.createQuery(
            "SELECT measure, measured_on, measured FROM outcome WHERE patient_id = :p ORDER BY"
                + " measured_on, id")
        .bind("p", patientId)
        .map(
            (rs, ctx) ->
                Map.entry(
                    rs.getString("measure"),
                    new Observation(
                        rs.getObject("measured_on", LocalDate.class), rs.getDouble("measured"))))
        .forEach(e -> series.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return series;
  }

  private void updateStatus(Handle h, long patientId, Instant now) {
    judgeStatus(h, patientId);
    h.createUpdate("UPDATE patient SET last_activity_at = :t WHERE id = :p")
        .bind("t", now)
        .bind("p", patientId)
        .execute();
  }

  /** Stores the patient's status as this knowledge base judges it, stamped with the base. */
  private void judgeStatus(Handle h, long patientId) {
    h.createUpdate("UPDATE patient SET outcome_status = :s, outcome_status_kb = :kb WHERE id = :p")
        .bind("s", OutcomeClassifier.status(kb, series(h, patientId)).wire())
        .bind("kb", knowledgeBaseStamp())
        .bind("p", patientId)
        .execute();
  }

  private String knowledgeBaseStamp() {
    return kb.version() + " " + kb.contentHash();
  }

  /**
   * Re-judges the stored outcome status of every patient whose status another knowledge base wrote
   * (new MCIDs or a new worsening policy change who is improving), so the patient list agrees with
   * the patient page. Run at start; one audit event says how many were re-judged.
   *
   * @return the number of patients re-judged
   */
  public int rejudgeStatusesOfEarlierKnowledgeBases() {
    String stamp = knowledgeBaseStamp();
    List<Long> stale =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "SELECT DISTINCT p.id FROM patient p JOIN outcome o ON o.patient_id = p.id"
                            + " WHERE p.outcome_status_kb IS NULL OR p.outcome_status_kb <> :kb"
                            + " ORDER BY p.id")
                    .bind("kb", stamp)
                    .mapTo(Long.class)
                    .list());
    if (stale.isEmpty()) {
      return 0;
    }
    jdbi.useTransaction(
        h -> {
          for (long patientId : stale) {
            judgeStatus(h, patientId);
          }
          audit.recordAnonymous(
              h,
              "reassess (knowledge base " + kb.version() + ")",
              Action.CHANGE,
              "outcome statuses",
              stale.size() + " patient(s) re-judged under knowledge base " + kb.version());
        });
    return stale.size();
  }

  private LocalDate date(String raw, Map<String, String> problems) {
    try {
      LocalDate date = LocalDate.parse(raw.strip());
      if (date.isAfter(LocalDate.now(clock))) {
        problems.put("measuredOn", "is in the future");
      }
      return date;
    } catch (java.time.format.DateTimeParseException e) {
      problems.put("measuredOn", "is not a date (YYYY-MM-DD)");
      return LocalDate.now(clock);
    }
  }

  /** The value if the case format accepts it in the measure's field; else the reader's message. */
  private static java.util.Optional<Double> validate(
      OutcomeMeasure m, String raw, Map<String, String> problems) {
    double value;
    try {
      value = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      problems.put(m.id(), "\"" + truncate(raw) + "\" is not a number");
      return java.util.Optional.empty();
    }
    if (!Double.isFinite(value)) {
      problems.put(m.id(), "is not a number");
      return java.util.Optional.empty();
    }
    List<ValidationIssue> issues = CaseReader.strict().validate(probe(m.id(), raw));
    String pointer = "/" + CASE_SECTION.get(m.id()) + "/" + m.id();
    for (ValidationIssue i : issues) {
      if (i.pointer().equals(pointer)) {
        problems.put(m.id(), i.message());
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.of(value);
  }

  /** A minimal valid case carrying only {@code measure} = {@code raw}, for the case reader. */
  private static byte[] probe(String measure, String raw) {
    ObjectNode c = JSON.createObjectNode();
    c.put("format", "reassess-case/1");
    c.put("assessmentDate", "2026-01-01");
    ObjectNode surgery = c.putArray("surgeries").addObject();
    surgery.put("date", "2020-01-01");
    surgery.put("procedure", "microdiscectomy");
    surgery.putArray("levels").add("L5-S1");
    ObjectNode section = c.putObject(CASE_SECTION.get(measure));
    try {
      section.set(measure, JSON.readTree(raw));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      section.put(measure, raw);
    }
    return c.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String truncate(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }
}
