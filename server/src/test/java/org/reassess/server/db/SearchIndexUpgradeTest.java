package org.reassess.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reassess.engine.Engine;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.load.KbSource;
import org.reassess.server.audit.AuditLog;
import org.reassess.server.auth.Principal;
import org.reassess.server.auth.Role;
import org.reassess.server.records.PatientQuery;
import org.reassess.server.records.PatientRecords;
import org.reassess.server.records.PatientSummary;
import org.reassess.server.testing.TestDatabases;
import org.reassess.server.testing.TestDatabases.Kind;

/**
 * An installation upgraded from before the search index (schema version 4 and older) finds the
 * patients it already had: migration V5 indexes them.
 */
class SearchIndexUpgradeTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void patientsSavedBeforeTheSearchIndexAreFoundAfterTheUpgrade(Kind kind) throws Exception {
    TestDatabases.Target t = TestDatabases.fresh(kind);
    Database.Vendor vendor = Database.Vendor.of(t.url());
    long clinic;
    try (HikariDataSource old = new HikariDataSource()) {
      old.setJdbcUrl(t.url());
      old.setUsername(t.user());
      old.setPassword(t.password());
      Database.migrations(old, vendor).target("4").load().migrate();
      Jdbi jdbi = Jdbi.create(old);
      clinic =
          jdbi.withHandle(
              h ->
                  h.createUpdate(
                          "INSERT INTO clinic (name, created_at) VALUES ('North',"
                              + " CURRENT_TIMESTAMP)")
                      .executeAndReturnGeneratedKeys("id")
                      .mapTo(Long.class)
                      .one());
      jdbi.useHandle(
          h ->
              h.createUpdate(
                      "INSERT INTO patient (clinic_id, display_name, mrn, created_at,"
                          + " last_activity_at) VALUES (:c, 'Olga Lindqvist', 'L-77',"
                          + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                  .bind("c", clinic)
                  .execute());
    }

    try (Database upgraded = Database.open(t.url(), t.user(), t.password(), 2)) {
      PatientRecords records =
          new PatientRecords(
              upgraded.jdbi(),
              new Engine(KnowledgeBase.load(KbSource.classpath(getClass().getClassLoader(), "kb"))),
              new AuditLog(upgraded.jdbi(), Clock.systemUTC()),
              Clock.systemUTC());
      Principal clinician =
          new Principal(null, "tester", "Tester", Role.CLINICIAN, clinic, "North", null);
      assertThat(
              records
                  .list(clinician, new PatientQuery("lindq l-7", PatientQuery.Filter.ALL, 1, 50))
                  .patients())
          .extracting(PatientSummary::displayName)
          .containsExactly("Olga Lindqvist");
    }
  }
}
