package org.reassess.server.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;
import org.reassess.server.auth.Principal;

/**
 * The append-only audit log of every view, creation, change and export of patient data (who, when,
 * what) and of account changes. Events are written in the caller's transaction where there is one,
 * so a change and its audit event are saved together or not at all. The database refuses updates
 * and deletes on the table (migration V2). Thread-safe.
 */
public final class AuditLog {

  private final Jdbi jdbi;
  private final Clock clock;

  public AuditLog(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * Records an event in its own transaction (views, exports, refusals), on a connection of its own:
   * jdbi's {@code useHandle} would join a transaction the thread has open, and an event that must
   * stay on record (an access refused) would roll back with it.
   */
  public void record(
      Principal actor,
      AuditEvent.Action action,
      @Nullable Long patientId,
      String subject,
      @Nullable String detail) {
    try (Handle own = jdbi.open()) {
      record(own, actor, action, patientId, subject, detail);
    }
  }

  /** Records an event inside {@code handle}'s transaction (changes). */
  public void record(
      Handle handle,
      Principal actor,
      AuditEvent.Action action,
      @Nullable Long patientId,
      String subject,
      @Nullable String detail) {
    insert(
        handle,
        actor.accountId(),
        actor.label(),
        actor.clinicId(),
        action,
        patientId,
        subject,
        detail);
  }

  /** Records an event with no signed-in actor (failed logins, first-run setup). */
  public void recordAnonymous(
      Handle handle,
      String actorLabel,
      AuditEvent.Action action,
      String subject,
      @Nullable String detail) {
    insert(handle, null, actorLabel, null, action, null, subject, detail);
  }

  private void insert(
      Handle handle,
      @Nullable Long actorId,
      String actorLabel,
      @Nullable Long clinicId,
      AuditEvent.Action action,
      @Nullable Long patientId,
      String subject,
      @Nullable String detail) {
    handle
        .createUpdate(
            "INSERT INTO audit_event (at, actor_id, actor, clinic_id, patient_id, action, subject,"
                + " detail) VALUES (:at, :actorId, :actor, :clinicId, :patientId, :action,"
                + " :subject, :detail)")
        .bind("at", Instant.now(clock))
        .bind("actorId", actorId)
        .bind("actor", truncate(actorLabel, 200))
        .bind("clinicId", clinicId)
        .bind("patientId", patientId)
        .bind("action", action.wire())
        .bind("subject", truncate(subject, 200))
        .bind("detail", detail == null ? null : truncate(detail, 1000))
        .execute();
  }

  /**
   * The newest events of every clinic first (what an administrator of the install sees).
   *
   * @param patientId only the events about this patient; null for all
   * @param beforeId paging: only events older than this id; null for the newest
   */
  public List<AuditEvent> newestOfAllClinics(
      @Nullable Long patientId, @Nullable Long beforeId, int limit) {
    // conditions are added, not written as ":x IS NULL OR ...": PostgreSQL cannot type a bare null
    String where = " WHERE 1 = 1";
    if (patientId != null) {
      where += " AND patient_id = :patientId";
    }
    if (beforeId != null) {
      where += " AND id < :beforeId";
    }
    String sql =
        "SELECT id, at, actor, clinic_id, patient_id, action, subject, detail FROM audit_event"
            + where
            + " ORDER BY id DESC LIMIT :limit";
    return jdbi.withHandle(
        h -> {
          var query = h.createQuery(sql).bind("limit", limit);
          if (patientId != null) {
            query.bind("patientId", patientId);
          }
          if (beforeId != null) {
            query.bind("beforeId", beforeId);
          }
          return query.map(AuditLog::event).list();
        });
  }

  private static AuditEvent event(
      java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    return new AuditEvent(
        rs.getLong("id"),
        rs.getObject("at", java.time.OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getObject("clinic_id", Long.class),
        rs.getObject("patient_id", Long.class),
        rs.getString("action"),
        rs.getString("subject"),
        rs.getString("detail"));
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
