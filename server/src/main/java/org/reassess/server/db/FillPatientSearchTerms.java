package org.reassess.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.reassess.server.records.SearchTerms;

/**
 * Migration V5: indexes the patients that existed before the search index (V4) with the same {@link
 * SearchTerms} new patients get, so an upgraded installation finds everyone. A Java migration
 * because the terms are defined once, in Java; registered explicitly in {@link Database} rather
 * than found by class-path scanning.
 */
final class FillPatientSearchTerms implements JavaMigration {

  private static final int BATCH = 1_000;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("5");
  }

  @Override
  public String getDescription() {
    return "fill patient search terms";
  }

  @Override
  public Integer getChecksum() {
    // fixed: the migration's meaning does not change; Flyway compares it on every start
    return 5;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (Statement patients = c.createStatement();
        ResultSet rows =
            patients.executeQuery("SELECT id, clinic_id, display_name, mrn FROM patient");
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO patient_search_term (clinic_id, term, patient_id) VALUES (?, ?, ?)")) {
      int pending = 0;
      while (rows.next()) {
        for (String term : SearchTerms.of(rows.getString(3), rows.getString(4))) {
          insert.setLong(1, rows.getLong(2));
          insert.setString(2, term);
          insert.setLong(3, rows.getLong(1));
          insert.addBatch();
          if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
  }
}
