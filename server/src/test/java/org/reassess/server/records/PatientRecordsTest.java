package org.reassess.server.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reassess.engine.Engine;
import org.reassess.engine.casefile.CaseValidationException;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.load.KbSource;
import org.reassess.server.audit.AuditLog;
import org.reassess.server.auth.Principal;
import org.reassess.server.auth.Role;
import org.reassess.server.db.Database;
import org.reassess.server.testing.Cases;
import org.reassess.server.testing.TestDatabases;
import org.reassess.server.testing.TestDatabases.Kind;

/**
 * The patient record on both databases the product supports: the same suite runs on H2 and on a
 * real PostgreSQL server, against the real migrations.
 */
class PatientRecordsTest {

  private static final Engine ENGINE = new Engine(kb());

  private static KnowledgeBase kb() {
    try {
      return KnowledgeBase.load(
          KbSource.classpath(PatientRecordsTest.class.getClassLoader(), "kb"));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private record Fixture(Database db, PatientRecords records, Principal north, Principal south)
      implements AutoCloseable {
    @Override
    public void close() {
      db.close();
    }
  }

  private static Fixture open(Kind kind) {
    TestDatabases.Target t = TestDatabases.fresh(kind);
    Database db = Database.open(t.url(), t.user(), t.password(), 4);
    Jdbi jdbi = db.jdbi();
    long north = clinic(jdbi, "North");
    long south = clinic(jdbi, "South");
    PatientRecords records =
        new PatientRecords(jdbi, ENGINE, new AuditLog(jdbi, Clock.systemUTC()), Clock.systemUTC());
    return new Fixture(
        db,
        records,
        new Principal(null, "tester", "Tester", Role.CLINICIAN, north, "North", null),
        new Principal(null, "other", "Other", Role.CLINICIAN, south, "South", null));
  }

  private static long clinic(Jdbi jdbi, String name) {
    return jdbi.withHandle(
        h ->
            h.createUpdate("INSERT INTO clinic (name, created_at) VALUES (:n, CURRENT_TIMESTAMP)")
                .bind("n", name)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
  }

  private static long count(Fixture f, String sql) {
    return f.db().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void savingACaseStoresTheRevisionItsStampedAssessmentAndTheListSummaryTogether(Kind kind)
      throws Exception {
    try (Fixture f = open(kind)) {
      long id = f.records().createPatient(f.north(), "Ann Example", "A-1");
      PatientRecords.Saved saved =
          f.records().saveRevision(f.north(), id, Cases.example("cauda-equina-red-flag"), "import");

      assertThat(saved.revision()).isEqualTo(1);
      StoredAssessment a = f.records().assessment(f.north(), id, saved.assessmentId());
      assertThat(a.kbVersion()).isEqualTo(ENGINE.knowledgeBase().version());
      assertThat(a.engineVersion()).isEqualTo(Engine.version());
      assertThat(a.tier()).isEqualTo("emergency");
      assertThat(a.assessmentJson()).contains("decision support — not a diagnosis");
      PatientSummary p = f.records().patient(f.north(), id);
      assertThat(p.redFlagOpen()).isTrue();
      assertThat(p.latestTier()).isEqualTo("emergency");
      assertThat(p.latestAssessmentId()).isEqualTo(saved.assessmentId());

      PatientRecords.Saved second =
          f.records()
              .saveRevision(f.north(), id, Cases.example("recurrent-disc-herniation"), "form");
      assertThat(second.revision()).isEqualTo(2);
      assertThat(f.records().patient(f.north(), id).redFlagOpen()).isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void anInvalidCaseSavesNothing(Kind kind) {
    try (Fixture f = open(kind)) {
      long id = f.records().createPatient(f.north(), "Ann Example", null);
      byte[] invalid = "{\"format\":\"reassess-case/1\"}".getBytes(StandardCharsets.UTF_8);
      assertThatThrownBy(() -> f.records().saveRevision(f.north(), id, invalid, "import"))
          .isInstanceOf(CaseValidationException.class);
      assertThat(count(f, "SELECT COUNT(*) FROM case_revision")).isZero();
      assertThat(count(f, "SELECT COUNT(*) FROM assessment")).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aFailureAfterTheRevisionIsWrittenRollsEverythingBack(Kind kind) {
    try (Fixture f = open(kind)) {
      long id = f.records().createPatient(f.north(), "Ann Example", null);
      long auditBefore = count(f, "SELECT COUNT(*) FROM audit_event");
      // the database refuses emergency assessments: the revision is inserted, then the
      // assessment insert fails
      f.db()
          .jdbi()
          .useHandle(
              h ->
                  h.execute(
                      "ALTER TABLE assessment ADD CONSTRAINT test_refuses CHECK (tier <> 'emergency')"));

      assertThatThrownBy(
              () ->
                  f.records()
                      .saveRevision(
                          f.north(), id, Cases.example("cauda-equina-red-flag"), "import"))
          .isInstanceOf(RuntimeException.class);

      assertThat(count(f, "SELECT COUNT(*) FROM case_revision")).isZero();
      assertThat(count(f, "SELECT COUNT(*) FROM assessment")).isZero();
      assertThat(count(f, "SELECT COUNT(*) FROM audit_event")).isEqualTo(auditBefore);
      assertThat(f.records().patient(f.north(), id).latestTier()).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void theAuditLogRefusesUpdatesAndDeletes(Kind kind) {
    try (Fixture f = open(kind)) {
      f.records().createPatient(f.north(), "Ann Example", null);
      assertThat(count(f, "SELECT COUNT(*) FROM audit_event")).isPositive();
      Jdbi jdbi = f.db().jdbi();
      assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("UPDATE audit_event SET actor = 'x'")))
          .hasStackTraceContaining("append-only");
      assertThatThrownBy(() -> jdbi.useHandle(h -> h.execute("DELETE FROM audit_event")))
          .hasStackTraceContaining("append-only");
      assertThat(count(f, "SELECT COUNT(*) FROM audit_event WHERE actor = 'x'")).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void anotherClinicGetsTheSameAnswerAsForAMissingPatientAndTheAttemptIsAudited(Kind kind)
      throws Exception {
    try (Fixture f = open(kind)) {
      long id = f.records().createPatient(f.north(), "Ann Example", null);
      f.records().saveRevision(f.north(), id, Cases.example("recurrent-disc-herniation"), "import");

      assertThatThrownBy(() -> f.records().patient(f.south(), id))
          .isInstanceOf(NoSuchPatientException.class)
          .hasMessage("Patient " + id + " is not in your clinic's records");
      assertThatThrownBy(() -> f.records().patient(f.south(), 999_999))
          .isInstanceOf(NoSuchPatientException.class)
          .hasMessage("Patient 999999 is not in your clinic's records");
      assertThat(
              f.records()
                  .list(f.south(), new PatientQuery("", PatientQuery.Filter.ALL, 1, 50))
                  .patients())
          .isEmpty();
      assertThat(count(f, "SELECT COUNT(*) FROM audit_event WHERE action = 'access_denied'"))
          .isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void theAssessmentPageReadsTheAssessmentWithTheOneBeforeItAndBothCasesInOneAuditedView(Kind kind)
      throws Exception {
    try (Fixture f = open(kind)) {
      long id = f.records().createPatient(f.north(), "Ann Example", null);
      PatientRecords.Saved first =
          f.records()
              .saveRevision(f.north(), id, Cases.example("recurrent-disc-herniation"), "import");
      AssessmentRecord only = f.records().assessmentRecord(f.north(), id, first.assessmentId());
      assertThat(only.patient().displayName()).isEqualTo("Ann Example");
      assertThat(only.previous()).isEmpty();
      assertThat(only.caseJson()).isEmpty();

      PatientRecords.Saved second =
          f.records().saveRevision(f.north(), id, Cases.example("cauda-equina-red-flag"), "import");
      AssessmentRecord read = f.records().assessmentRecord(f.north(), id, second.assessmentId());
      assertThat(read.assessment().id()).isEqualTo(second.assessmentId());
      assertThat(read.previous()).map(StoredAssessment::id).contains(first.assessmentId());
      assertThat(read.previousCaseJson())
          .hasValueSatisfying(j -> assertThat(j).contains("recurrent-disc-herniation"));
      assertThat(read.caseJson())
          .hasValueSatisfying(j -> assertThat(j).contains("cauda-equina-red-flag"));
      // the first assessment still reads as the first: nothing after it counts as "before"
      assertThat(f.records().assessmentRecord(f.north(), id, first.assessmentId()).previous())
          .isEmpty();

      long other = f.records().createPatient(f.north(), "Bob Other", null);
      assertThatThrownBy(
              () -> f.records().assessmentRecord(f.north(), other, second.assessmentId()))
          .as("an assessment of another patient")
          .isInstanceOf(NoSuchPatientException.class);
      assertThatThrownBy(() -> f.records().assessmentRecord(f.south(), id, second.assessmentId()))
          .isInstanceOf(NoSuchPatientException.class);
      assertThat(count(f, "SELECT COUNT(*) FROM audit_event WHERE action = 'access_denied'"))
          .isEqualTo(1);
      assertThat(
              count(
                  f,
                  "SELECT COUNT(*) FROM audit_event WHERE action = 'view' AND subject = 'assessment "
                      + second.assessmentId()
                      + "'"))
          .isEqualTo(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void outcomeStatusesAnEarlierKnowledgeBaseStoredAreRejudgedOnceAtStart(Kind kind) {
    try (Fixture f = open(kind)) {
      Jdbi jdbi = f.db().jdbi();
      Outcomes outcomes =
          new Outcomes(
              jdbi,
              ENGINE.knowledgeBase(),
              f.records(),
              new AuditLog(jdbi, Clock.systemUTC()),
              Clock.systemUTC());
      long followed = f.records().createPatient(f.north(), "Ann Example", null);
      long untouched = f.records().createPatient(f.north(), "Bob Other", null);
      outcomes.record(f.north(), followed, "2026-01-05", java.util.Map.of("backPainNrs", "3"));
      outcomes.record(f.north(), followed, "2026-03-02", java.util.Map.of("backPainNrs", "4"));
      assertThat(status(f, followed)).isEqualTo("not_improving");
      assertThat(outcomes.rejudgeStatusesOfEarlierKnowledgeBases()).isZero();

      // as an earlier knowledge base, reading 3 -> 4 as an important worsening, left it
      jdbi.useHandle(
          h ->
              h.createUpdate(
                      "UPDATE patient SET outcome_status = 'worsening', outcome_status_kb ="
                          + " '0.2.0 earlier' WHERE id = :p")
                  .bind("p", followed)
                  .execute());
      assertThat(outcomes.rejudgeStatusesOfEarlierKnowledgeBases()).isEqualTo(1);
      assertThat(status(f, followed)).isEqualTo("not_improving");
      assertThat(status(f, untouched)).isEqualTo("no_data");
      assertThat(outcomes.rejudgeStatusesOfEarlierKnowledgeBases()).isZero();
      assertThat(
              count(
                  f,
                  "SELECT COUNT(*) FROM audit_event WHERE subject = 'outcome statuses' AND detail"
                      + " LIKE '1 patient(s) re-judged%'"))
          .isEqualTo(1);
    }
  }

  private static String status(Fixture f, long patientId) {
    return f.db()
        .jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT outcome_status FROM patient WHERE id = :p")
                    .bind("p", patientId)
                    .mapTo(String.class)
                    .one());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void everyViewOfPatientDataIsAudited(Kind kind) throws Exception {
    try (Fixture f = open(kind)) {
      long id = f.records().createPatient(f.north(), "Ann Example", null);
      PatientRecords.Saved s =
          f.records()
              .saveRevision(f.north(), id, Cases.example("recurrent-disc-herniation"), "form");
      f.records().patient(f.north(), id);
      f.records().assessment(f.north(), id, s.assessmentId());
      f.records().exportRevision(f.north(), id, 1);
      f.records().list(f.north(), new PatientQuery("ann", PatientQuery.Filter.ALL, 1, 50));

      java.util.List<String> events =
          f.db()
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery("SELECT action || ' ' || subject FROM audit_event ORDER BY id")
                          .mapTo(String.class)
                          .list());
      assertThat(events)
          .contains(
              "create patient " + id,
              "view patient " + id,
              "view assessment " + s.assessmentId(),
              "export case revision " + s.revisionId(),
              "view patient list",
              "evaluate assessment " + s.assessmentId());
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aDraftIsKeptExactlyAndReplacedAndClearedBySavingTheCase(Kind kind) throws Exception {
    try (Fixture f = open(kind)) {
      long id = f.records().createPatient(f.north(), "Ann Example", null);
      f.records().saveDraft(f.north(), id, "{\"values\":{\"symptoms.legPainNrs\":[\"4o\"]}}");
      f.records().saveDraft(f.north(), id, "{\"values\":{\"symptoms.legPainNrs\":[\"40\"]}}");
      assertThat(f.records().draft(f.north(), id))
          .contains("{\"values\":{\"symptoms.legPainNrs\":[\"40\"]}}");

      f.records().saveRevision(f.north(), id, Cases.example("recurrent-disc-herniation"), "form");
      assertThat(f.records().draft(f.north(), id)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void theListFindsPatientsByTheStartOfEveryTypedWordOfNameOrRecordNumber(Kind kind) {
    try (Fixture f = open(kind)) {
      f.records().createPatient(f.north(), "Ann Example", "A-1");
      f.records().createPatient(f.north(), "Bob 100% Sure", "B_2");
      f.records().createPatient(f.north(), "Åsa Ekström-Lind", "R0042");
      f.records().createPatient(f.south(), "Ann Southern", "S-1");

      assertThat(search(f, "ann")).containsExactly("Ann Example");
      assertThat(search(f, "EXAMPLE ann")).containsExactly("Ann Example");
      assertThat(search(f, "example, ann")).containsExactly("Ann Example");
      assertThat(search(f, "ann sure")).isEmpty();
      assertThat(search(f, "xample")).as("not the start of a word").isEmpty();
      assertThat(search(f, "b_2")).containsExactly("Bob 100% Sure");
      assertThat(search(f, "100%")).containsExactly("Bob 100% Sure");
      assertThat(search(f, "%")).as("LIKE wildcards are only text").isEmpty();
      assertThat(search(f, "_")).isEmpty();
      assertThat(search(f, "ekstrom")).as("accents ignored").containsExactly("Åsa Ekström-Lind");
      assertThat(search(f, "asa r004")).containsExactly("Åsa Ekström-Lind");
      assertThat(search(f, "  ")).hasSize(3);
      assertThatThrownBy(() -> f.records().createPatient(f.north(), "Dup", "A-1"))
          .isInstanceOf(RecordException.class)
          .hasMessageContaining("record number A-1");
    }
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void everyPageOfTheListShowsTheNextPatientsInOrderOpenRedFlagsFirst(Kind kind) throws Exception {
    try (Fixture f = open(kind)) {
      for (String name : new String[] {"Eve", "Dan", "Cy", "Bo", "Al"}) {
        f.records().createPatient(f.north(), name, null);
      }
      long flagged = f.records().createPatient(f.north(), "Zed", null);
      f.records()
          .saveRevision(f.north(), flagged, Cases.example("cauda-equina-red-flag"), "import");

      java.util.List<String> seen = new java.util.ArrayList<>();
      for (int page = 1; page <= 3; page++) {
        PatientPage p =
            f.records().list(f.north(), new PatientQuery("", PatientQuery.Filter.ALL, page, 2));
        assertThat(p.total()).isEqualTo(6);
        p.patients().forEach(s -> seen.add(s.displayName()));
      }
      assertThat(seen).containsExactly("Zed", "Al", "Bo", "Cy", "Dan", "Eve");
      assertThat(
              f.records()
                  .list(f.north(), new PatientQuery("", PatientQuery.Filter.RED_FLAG, 1, 50))
                  .patients())
          .extracting(PatientSummary::displayName)
          .containsExactly("Zed");
    }
  }

  private static java.util.List<String> search(Fixture f, String q) {
    return f
        .records()
        .list(f.north(), new PatientQuery(q, PatientQuery.Filter.ALL, 1, 50))
        .patients()
        .stream()
        .map(PatientSummary::displayName)
        .toList();
  }
}
