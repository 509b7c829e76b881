package org.reassess.bench.load;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.reassess.engine.Engine;
import org.reassess.server.auth.Principal;
import org.reassess.server.records.PatientRecords;

/**
 * Inserts seeded patients with batched statements, a few hundred per transaction: the same rows and
 * columns {@code PatientRecords.createPatient} and {@code saveRevision} write (patient with its
 * summary columns, case revisions, assessments, their audit events), without one transaction and
 * eight round trips per patient. Every case is still read and evaluated by the real engine.
 */
final class BatchSeeder {

  private static final int CHUNK = 250;

  private final Jdbi jdbi;
  private final Engine engine;
  private final SeedCases cases;
  private final Principal actor;

  BatchSeeder(Jdbi jdbi, Engine engine, SeedCases cases, Principal actor) {
    this.jdbi = jdbi;
    this.engine = engine;
    this.cases = cases;
    this.actor = actor;
  }

  /** Seeds patients {@code 0..count-1}; returns each one's latest assessment. */
  List<Target> seed(int count) {
    List<Target> targets = new ArrayList<>(count);
    for (int from = 0; from < count; from += CHUNK) {
      List<SeedPatient> chunk = new ArrayList<>();
      for (int n = from; n < Math.min(count, from + CHUNK); n++) {
        chunk.add(SeedPatient.of(n, engine, cases));
      }
      targets.addAll(jdbi.inTransaction(h -> insert(h, chunk)));
    }
    return targets;
  }

  private List<Target> insert(Handle h, List<SeedPatient> chunk) {
    // activity spread over the last two years, so the list's dates differ as in a real clinic
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    PreparedBatch patients =
        h.prepareBatch(
            "INSERT INTO patient (clinic_id, display_name, mrn, created_at, created_by,"
                + " last_activity_at) VALUES (:c, :n, :m, :t, :b, :t)");
    for (SeedPatient p : chunk) {
      patients
          .bind("c", actor.clinicId())
          .bind("n", p.name())
          .bind("m", p.mrn())
          .bind("t", p.createdAt(now))
          .bind("b", actor.accountId())
          .add();
    }
    List<Long> patientIds = patients.executePreparedBatch("id").mapTo(Long.class).list();
    for (int i = 0; i < chunk.size(); i++) {
      PatientRecords.indexForSearch(
          h, actor.clinicId(), patientIds.get(i), chunk.get(i).name(), chunk.get(i).mrn());
    }

    PreparedBatch revisions =
        h.prepareBatch(
            "INSERT INTO case_revision (patient_id, revision, case_json, origin, created_at,"
                + " created_by) VALUES (:p, :n, :j, 'import', :t, :b)");
    for (int i = 0; i < chunk.size(); i++) {
      SeedPatient p = chunk.get(i);
      for (int r = 0; r < p.revisions().size(); r++) {
        revisions
            .bind("p", patientIds.get(i))
            .bind("n", r + 1)
            .bind("j", p.revisions().get(r).caseJson())
            .bind("t", p.revisionAt(now, r))
            .bind("b", actor.accountId())
            .add();
      }
    }
    List<Long> revisionIds = revisions.executePreparedBatch("id").mapTo(Long.class).list();

    PreparedBatch assessments =
        h.prepareBatch(
            "INSERT INTO assessment (patient_id, case_revision_id, engine_version, kb_version,"
                + " kb_hash, tier, red_flag_count, assessment_json, created_at, created_by)"
                + " VALUES (:p, :r, :e, :k, :kh, :tier, :rf, :j, :t, :b)");
    int k = 0;
    for (int i = 0; i < chunk.size(); i++) {
      SeedPatient p = chunk.get(i);
      for (int r = 0; r < p.revisions().size(); r++) {
        Evaluated e = p.revisions().get(r);
        assessments
            .bind("p", patientIds.get(i))
            .bind("r", revisionIds.get(k++))
            .bind("e", e.engineVersion())
            .bind("k", e.kbVersion())
            .bind("kh", e.kbHash())
            .bind("tier", e.tier())
            .bind("rf", e.redFlagCount())
            .bind("j", e.assessmentJson())
            .bind("t", p.revisionAt(now, r))
            .bind("b", actor.accountId())
            .add();
      }
    }
    List<Long> assessmentIds = assessments.executePreparedBatch("id").mapTo(Long.class).list();

    PreparedBatch summaries =
        h.prepareBatch(
            "UPDATE patient SET latest_assessment_id = :a, latest_tier = :tier, red_flag_open ="
                + " :rf, list_rank = CASE WHEN :rf THEN 0 ELSE 1 END, leading_cause = :lc,"
                + " last_activity_at = :t WHERE id = :p");
    PreparedBatch audit =
        h.prepareBatch(
            "INSERT INTO audit_event (at, actor_id, actor, clinic_id, patient_id, action, subject,"
                + " detail) VALUES (:t, :b, :actor, :c, :p, :action, :subject, NULL)");
    List<Target> targets = new ArrayList<>(chunk.size());
    int a = 0;
    for (int i = 0; i < chunk.size(); i++) {
      SeedPatient p = chunk.get(i);
      long pid = patientIds.get(i);
      a += p.revisions().size();
      long latest = assessmentIds.get(a - 1);
      Evaluated e = p.latest();
      Instant at = p.revisionAt(now, p.revisions().size() - 1);
      summaries
          .bind("a", latest)
          .bind("tier", e.tier())
          .bind("rf", e.redFlagCount() > 0)
          .bind("lc", e.leadingCause())
          .bind("t", at)
          .bind("p", pid)
          .add();
      auditRow(audit, pid, p.createdAt(now), "create", "patient " + pid);
      auditRow(audit, pid, at, "evaluate", "assessment " + latest);
      targets.add(new Target(pid, latest));
    }
    summaries.execute();
    audit.execute();
    return targets;
  }

  private void auditRow(PreparedBatch audit, long pid, Instant at, String action, String subject) {
    audit
        .bind("t", at)
        .bind("b", actor.accountId())
        .bind("actor", actor.label())
        .bind("c", actor.clinicId())
        .bind("p", pid)
        .bind("action", action)
        .bind("subject", subject)
        .add();
  }
}
