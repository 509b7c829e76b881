package org.reassess.server.records;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.Engine;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.assessment.AssessmentWriter;
import org.reassess.engine.assessment.CauseResult;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseReader;
import org.reassess.engine.casefile.CaseValidationException;
import org.reassess.engine.casefile.CaseWriter;
import org.reassess.server.audit.AuditEvent.Action;
import org.reassess.server.audit.AuditLog;
import org.reassess.server.auth.Principal;

/**
 * The patient record's operations, shared by the web pages and the REST API: every read checks the
 * caller's clinic and is audited; every change runs in one transaction with its audit event, so a
 * failure saves nothing. Thread-safe.
 */
public final class PatientRecords {

  // clinic_id leads although it is fixed by the WHERE: H2 takes the order from the index
  // (clinic_id, list_rank, display_name, id) only when the ORDER BY starts with its first column
  private static final String LIST_ORDER = "clinic_id, list_rank, display_name, id";

  private static final String SUMMARY_COLUMNS =
      "id, clinic_id, display_name, mrn, latest_assessment_id, latest_tier, red_flag_open,"
          + " leading_cause, outcome_status, last_activity_at";

  private final Jdbi jdbi;
  private final Engine engine;
  private final AuditLog audit;
  private final Clock clock;

  public PatientRecords(Jdbi jdbi, Engine engine, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.engine = engine;
    this.audit = audit;
    this.clock = clock;
  }

  public Engine engine() {
    return engine;
  }

  /** Creates a patient in the caller's clinic. */
  public long createPatient(Principal actor, String displayName, @Nullable String mrn) {
    String name = requireText(displayName, "The patient's name", 200);
    String number = mrn == null || mrn.isBlank() ? null : requireText(mrn, "The record number", 64);
    return jdbi.inTransaction(
        h -> {
          if (number != null && mrnTaken(h, actor.clinicId(), number)) {
            throw new RecordException(
                "Another patient of this clinic has record number " + number + ".");
          }
          long id =
              h.createUpdate(
                      "INSERT INTO patient (clinic_id, display_name, mrn, created_at, created_by,"
                          + " last_activity_at) VALUES (:c, :n, :m, :t, :b, :t)")
                  .bind("c", actor.clinicId())
                  .bind("n", name)
                  .bind("m", number)
                  .bind("t", Instant.now(clock))
                  .bind("b", actor.accountId())
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          indexForSearch(h, actor.clinicId(), id, name, number);
          audit.record(h, actor, Action.CREATE, id, "patient " + id, null);
          return id;
        });
  }

  /**
   * Writes the terms a new patient is found by (part of the transaction that creates them). Public
   * for the load benchmark's seeder, which inserts patients in bulk.
   */
  public static void indexForSearch(
      Handle h, long clinicId, long patientId, String displayName, @Nullable String mrn) {
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO patient_search_term (clinic_id, term, patient_id) VALUES (:c, :t, :p)");
    for (String term : SearchTerms.of(displayName, mrn)) {
      batch.bind("c", clinicId).bind("t", term).bind("p", patientId).add();
    }
    batch.execute();
  }

  /**
   * A page of the caller's clinic's patients; open red flags first, then by name. A search matches
   * patients having every typed word as the start of a word of their name or record number.
   */
  public PatientPage list(Principal actor, PatientQuery query) {
    StringBuilder where = new StringBuilder("clinic_id = :c").append(filterClause(query.filter()));
    Map<String, Object> values = new HashMap<>();
    values.put("c", actor.clinicId());
    List<String> terms = SearchTerms.ofSearch(query.search());
    for (int i = 0; i < terms.size(); i++) {
      where
          .append(" AND id IN (SELECT patient_id FROM patient_search_term WHERE clinic_id = :c")
          .append(" AND term = :t")
          .append(i)
          .append(')');
      values.put("t" + i, terms.get(i));
    }
    PatientPage page =
        jdbi.withHandle(
            h -> {
              long total =
                  h.createQuery("SELECT COUNT(*) FROM patient WHERE " + where)
                      .bindMap(values)
                      .mapTo(Long.class)
                      .one();
              // the page's ids first, from the list-order index alone, then only their rows: an
              // OFFSET over whole rows read every row before the page (ten times slower on H2)
              List<PatientSummary> rows =
                  h.createQuery(
                          "SELECT "
                              + SUMMARY_COLUMNS
                              + " FROM patient WHERE id IN (SELECT id FROM patient WHERE "
                              + where
                              + " ORDER BY "
                              + LIST_ORDER
                              + " LIMIT :limit OFFSET :offset) ORDER BY "
                              + LIST_ORDER)
                      .bindMap(values)
                      .bind("limit", query.pageSize())
                      .bind("offset", (query.page() - 1) * query.pageSize())
                      .map(PatientRecords::summary)
                      .list();
              return new PatientPage(query, rows, total);
            });
    audit.record(
        actor,
        Action.VIEW,
        null,
        "patient list",
        "page " + query.page() + ", " + page.patients().size() + " patients");
    return page;
  }

  /** The patient's summary; audited as a view. */
  public PatientSummary patient(Principal actor, long patientId) {
    PatientSummary p = jdbi.withHandle(h -> requirePatient(h, actor, patientId));
    audit.record(actor, Action.VIEW, patientId, "patient " + patientId, null);
    return p;
  }

  /** Every revision of the patient's case, newest first (without auditing: part of a view). */
  public List<Revision> revisions(Principal actor, long patientId) {
    return selectRevisions(actor, patientId, "", Map.of(), " ORDER BY r.revision DESC");
  }

  /**
   * The patient's revisions matching {@code condition}, after the clinic check; the one query every
   * revision lookup shares.
   */
  private List<Revision> selectRevisions(
      Principal actor, long patientId, String condition, Map<String, ?> values, String tail) {
    return jdbi.withHandle(
        h -> {
          requirePatient(h, actor, patientId);
          return h.createQuery(REVISION_SELECT + " WHERE r.patient_id = :p" + condition + tail)
              .bind("p", patientId)
              .bindMap(values)
              .map(PatientRecords::revision)
              .list();
        });
  }

  /** One revision, exported (audited as an export). */
  public Revision exportRevision(Principal actor, long patientId, int revision) {
    Revision r =
        selectRevisions(actor, patientId, " AND r.revision = :n", Map.of("n", revision), "")
            .stream()
            .findFirst()
            .orElseThrow(() -> new NoSuchPatientException("Revision " + revision));
    audit.record(actor, Action.EXPORT, patientId, "case revision " + r.id(), "case JSON");
    return r;
  }

  /** The latest revision's case JSON, if any (to fill the form). */
  public Optional<Revision> latestRevision(Principal actor, long patientId) {
    return selectRevisions(actor, patientId, "", Map.of(), " ORDER BY r.revision DESC LIMIT 1")
        .stream()
        .findFirst();
  }

  /**
   * Validates {@code caseJson}, saves it as the patient's next revision, evaluates it and saves the
   * assessment, all in one transaction with its audit events; the draft is cleared.
   *
   * @throws CaseValidationException with every problem, when the case is not valid: nothing is
   *     saved
   */
  public Saved saveRevision(Principal actor, long patientId, byte[] caseJson, String origin)
      throws CaseValidationException {
    CaseDocument document = CaseReader.strict().read(caseJson);
    // store the canonical form: what the engine read, not the caller's spacing or field order
    String canonical = CaseWriter.toJson(document);
    Assessment assessment = engine.assess(document);
    // compact: the same deterministic bytes without indentation, about half the size to store and
    // read
    String assessmentJson = AssessmentWriter.toJsonLine(assessment);
    return jdbi.inTransaction(
        h -> {
          requirePatient(h, actor, patientId);
          int next =
              h.createQuery(
                      "SELECT COALESCE(MAX(revision), 0) + 1 FROM case_revision WHERE patient_id ="
                          + " :p")
                  .bind("p", patientId)
                  .mapTo(Integer.class)
                  .one();
          Instant now = Instant.now(clock);
          long revisionId =
              h.createUpdate(
                      "INSERT INTO case_revision (patient_id, revision, case_json, origin,"
                          + " created_at, created_by) VALUES (:p, :n, :j, :o, :t, :b)")
                  .bind("p", patientId)
                  .bind("n", next)
                  .bind("j", canonical)
                  .bind("o", origin)
                  .bind("t", now)
                  .bind("b", actor.accountId())
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
          long assessmentId =
              insertAssessment(h, actor, patientId, revisionId, assessment, assessmentJson, now);
          h.createUpdate("DELETE FROM case_draft WHERE patient_id = :p")
              .bind("p", patientId)
              .execute();
          audit.record(
              h,
              actor,
              "import".equals(origin) ? Action.IMPORT : Action.CREATE,
              patientId,
              "case revision " + revisionId,
              "revision " + next + " (" + origin + ")");
          audit.record(
              h,
              actor,
              Action.EVALUATE,
              patientId,
              "assessment " + assessmentId,
              "engine "
                  + assessment.engineVersion()
                  + ", knowledge base "
                  + assessment.knowledgeBase().version());
          return new Saved(next, revisionId, assessmentId);
        });
  }

  private long insertAssessment(
      Handle h,
      Principal actor,
      long patientId,
      long revisionId,
      Assessment assessment,
      String json,
      Instant now) {
    long id =
        h.createUpdate(
                "INSERT INTO assessment (patient_id, case_revision_id, engine_version, kb_version,"
                    + " kb_hash, tier, red_flag_count, assessment_json, created_at, created_by)"
                    + " VALUES (:p, :r, :e, :k, :kh, :tier, :rf, :j, :t, :b)")
            .bind("p", patientId)
            .bind("r", revisionId)
            .bind("e", assessment.engineVersion())
            .bind("k", assessment.knowledgeBase().version())
            .bind("kh", assessment.knowledgeBase().hash())
            .bind("tier", assessment.triage().tier())
            .bind("rf", assessment.triage().redFlags().size())
            .bind("j", json)
            .bind("t", now)
            .bind("b", actor.accountId())
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    h.createUpdate(
            "UPDATE patient SET latest_assessment_id = :a, latest_tier = :tier, red_flag_open ="
                + " :rf, list_rank = CASE WHEN :rf THEN 0 ELSE 1 END, leading_cause = :lc,"
                + " last_activity_at = :t WHERE id = :p")
        .bind("a", id)
        .bind("tier", assessment.triage().tier())
        .bind("rf", !assessment.triage().redFlags().isEmpty())
        .bind("lc", leadingCause(assessment))
        .bind("t", now)
        .bind("p", patientId)
        .execute();
    return id;
  }

  private static @Nullable String leadingCause(Assessment assessment) {
    if (assessment.differential().isEmpty()) {
      return null;
    }
    CauseResult top = assessment.differential().get(0);
    return top.name() + " (" + top.likelihood() + ")";
  }

  /** Every assessment of the patient, newest first, without their JSON (for the record page). */
  public List<StoredAssessment> assessments(Principal actor, long patientId) {
    return jdbi.withHandle(
        h -> {
          requirePatient(h, actor, patientId);
          return h.createQuery(
                  ASSESSMENT_SELECT.replace("a.assessment_json", "'' AS assessment_json")
                      + " WHERE a.patient_id = :p ORDER BY a.id DESC")
              .bind("p", patientId)
              .map(PatientRecords::stored)
              .list();
        });
  }

  /** One assessment with its JSON; audited as a view. */
  public StoredAssessment assessment(Principal actor, long patientId, long assessmentId) {
    StoredAssessment a =
        jdbi.withHandle(
            h -> {
              requirePatient(h, actor, patientId);
              return h.createQuery(ASSESSMENT_SELECT + " WHERE a.patient_id = :p AND a.id = :id")
                  .bind("p", patientId)
                  .bind("id", assessmentId)
                  .map(PatientRecords::stored)
                  .findOne()
                  .orElseThrow(() -> new NoSuchPatientException("Assessment " + assessmentId));
            });
    audit.record(actor, Action.VIEW, patientId, "assessment " + assessmentId, null);
    return a;
  }

  /**
   * The assessment page's whole reading in one go — one clinic check, one connection, one audit
   * event (the assessment viewed, which names the patient) instead of one per part.
   */
  public AssessmentRecord assessmentRecord(Principal actor, long patientId, long assessmentId) {
    AssessmentRecord read =
        jdbi.withHandle(
            h -> {
              PatientSummary patient = requirePatient(h, actor, patientId);
              // this assessment and the one before it, newest first
              List<StoredAssessment> pair =
                  h.createQuery(
                          ASSESSMENT_SELECT
                              + " WHERE a.patient_id = :p AND a.id <= :id ORDER BY a.id DESC"
                              + " LIMIT 2")
                      .bind("p", patientId)
                      .bind("id", assessmentId)
                      .map(PatientRecords::stored)
                      .list();
              if (pair.isEmpty() || pair.get(0).id() != assessmentId) {
                throw new NoSuchPatientException("Assessment " + assessmentId);
              }
              StoredAssessment current = pair.get(0);
              Optional<StoredAssessment> previous =
                  pair.size() > 1 ? Optional.of(pair.get(1)) : Optional.empty();
              if (previous.isEmpty() || previous.get().revisionId() == current.revisionId()) {
                return new AssessmentRecord(
                    patient, current, previous, Optional.empty(), Optional.empty());
              }
              Map<Long, String> cases = new HashMap<>();
              h.createQuery(
                      "SELECT id, case_json FROM case_revision WHERE patient_id = :p AND id IN"
                          + " (:a, :b)")
                  .bind("p", patientId)
                  .bind("a", previous.get().revisionId())
                  .bind("b", current.revisionId())
                  .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                  .forEach(e -> cases.put(e.getKey(), e.getValue()));
              return new AssessmentRecord(
                  patient,
                  current,
                  previous,
                  Optional.ofNullable(cases.get(previous.get().revisionId())),
                  Optional.ofNullable(cases.get(current.revisionId())));
            });
    audit.record(actor, Action.VIEW, patientId, "assessment " + assessmentId, null);
    return read;
  }

  /** Records that an assessment left the system as a document (PDF report, letter). */
  public void auditExport(Principal actor, long patientId, long assessmentId, String what) {
    audit.record(actor, Action.EXPORT, patientId, "assessment " + assessmentId, what);
  }

  /** Saves the form as the clinician left it (valid or not), replacing the previous draft. */
  public void saveDraft(Principal actor, long patientId, String formJson) {
    if (formJson.getBytes(StandardCharsets.UTF_8).length > MAX_DRAFT_BYTES) {
      throw new RecordException("The draft is too large to save (over 1 MB).");
    }
    jdbi.useTransaction(
        h -> {
          requirePatient(h, actor, patientId);
          Instant now = Instant.now(clock);
          int updated =
              h.createUpdate(
                      "UPDATE case_draft SET form_json = :j, updated_at = :t, updated_by = :b"
                          + " WHERE patient_id = :p")
                  .bind("j", formJson)
                  .bind("t", now)
                  .bind("b", actor.accountId())
                  .bind("p", patientId)
                  .execute();
          if (updated == 0) {
            h.createUpdate(
                    "INSERT INTO case_draft (patient_id, form_json, updated_at, updated_by) VALUES"
                        + " (:p, :j, :t, :b)")
                .bind("p", patientId)
                .bind("j", formJson)
                .bind("t", now)
                .bind("b", actor.accountId())
                .execute();
          }
          audit.record(h, actor, Action.CHANGE, patientId, "case draft", null);
        });
  }

  /** The saved draft, if any. */
  public Optional<String> draft(Principal actor, long patientId) {
    return jdbi.withHandle(
        h -> {
          requirePatient(h, actor, patientId);
          return h.createQuery("SELECT form_json FROM case_draft WHERE patient_id = :p")
              .bind("p", patientId)
              .mapTo(String.class)
              .findOne();
        });
  }

  static final int MAX_DRAFT_BYTES = 1_000_000;

  /**
   * The patient's summary if they belong to the caller's clinic; otherwise the same "not in your
   * clinic" answer whether they exist elsewhere or not, with the attempt audited.
   */
  PatientSummary requirePatient(Handle h, Principal actor, long patientId) {
    Optional<PatientSummary> found =
        h.createQuery("SELECT " + SUMMARY_COLUMNS + " FROM patient WHERE id = :id")
            .bind("id", patientId)
            .map(PatientRecords::summary)
            .findOne();
    if (found.isPresent() && actor.mayAccessClinic(found.get().clinicId())) {
      return found.get();
    }
    if (found.isPresent()) {
      // audit.record(actor, …) writes on its own connection: the attempt stays on record when the
      // caller's transaction rolls back with the exception below
      audit.record(
          actor,
          Action.ACCESS_DENIED,
          patientId,
          "patient " + patientId,
          "belongs to another clinic");
    }
    throw new NoSuchPatientException("Patient " + patientId);
  }

  private static boolean mrnTaken(Handle h, long clinicId, String mrn) {
    return h.createQuery("SELECT COUNT(*) FROM patient WHERE clinic_id = :c AND mrn = :m")
            .bind("c", clinicId)
            .bind("m", mrn)
            .mapTo(Long.class)
            .one()
        > 0;
  }

  private static String filterClause(PatientQuery.Filter filter) {
    return switch (filter) {
      case ALL -> "";
      case RED_FLAG -> " AND red_flag_open";
      case IMPROVING -> " AND outcome_status = 'improving'";
      case NOT_IMPROVING -> " AND outcome_status = 'not_improving'";
      case WORSENING -> " AND outcome_status = 'worsening'";
    };
  }

  static String requireText(String value, String what, int max) {
    String v = value.strip();
    if (v.isEmpty()) {
      throw new RecordException(what + " is required.");
    }
    if (v.length() > max) {
      throw new RecordException(what + " is longer than " + max + " characters.");
    }
    return v;
  }

  private static final String REVISION_SELECT =
      "SELECT r.id, r.patient_id, r.revision, r.case_json, r.origin, r.created_at, a.display_name"
          + " AS created_by FROM case_revision r LEFT JOIN account a ON a.id = r.created_by";

  private static final String ASSESSMENT_SELECT =
      "SELECT a.id, a.patient_id, a.case_revision_id, r.revision, a.engine_version, a.kb_version,"
          + " a.tier, a.red_flag_count, a.assessment_json, a.created_at, u.display_name AS"
          + " created_by FROM assessment a JOIN case_revision r ON r.id = a.case_revision_id LEFT"
          + " JOIN account u ON u.id = a.created_by";

  static PatientSummary summary(
      java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    return new PatientSummary(
        rs.getLong("id"),
        rs.getLong("clinic_id"),
        rs.getString("display_name"),
        rs.getString("mrn"),
        rs.getObject("latest_assessment_id", Long.class),
        rs.getString("latest_tier"),
        rs.getBoolean("red_flag_open"),
        rs.getString("leading_cause"),
        rs.getString("outcome_status"),
        rs.getObject("last_activity_at", OffsetDateTime.class).toInstant());
  }

  private static Revision revision(
      java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    return new Revision(
        rs.getLong("id"),
        rs.getLong("patient_id"),
        rs.getInt("revision"),
        rs.getString("case_json"),
        rs.getString("origin"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("created_by"));
  }

  private static StoredAssessment stored(
      java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    return new StoredAssessment(
        rs.getLong("id"),
        rs.getLong("patient_id"),
        rs.getLong("case_revision_id"),
        rs.getInt("revision"),
        rs.getString("engine_version"),
        rs.getString("kb_version"),
        rs.getString("tier"),
        rs.getInt("red_flag_count"),
        rs.getString("assessment_json"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("created_by"));
  }

  /** What saving a revision produced. */
  public record Saved(int revision, long revisionId, long assessmentId) {}
}
