package org.reassess.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger that makes a table append-only: every UPDATE or DELETE on it fails (migration {@code
 * V2__audit_append_only.sql} for H2; PostgreSQL does the same in PL/pgSQL). H2 makes one instance
 * per trigger and calls {@link #init} once before any {@link #fire}.
 */
public final class AppendOnlyTrigger implements Trigger {

  private String table = "";

  @Override
  public void init(
      Connection conn,
      String schemaName,
      String triggerName,
      String tableName,
      boolean before,
      int type) {
    this.table = tableName;
  }

  @Override
  public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
    throw new SQLException(table.toLowerCase(java.util.Locale.ROOT) + " is append-only");
  }
}
