package org.reassess.server.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two databases every database test runs on: a fresh embedded H2 file database, and a fresh
 * database on one real PostgreSQL server (embedded binaries from Maven, started once per test JVM
 * and stopped at exit). Each call gives an empty database, so tests never see each other's rows.
 */
public final class TestDatabases {

  /** Which database a test runs on. */
  public enum Kind {
    H2,
    POSTGRESQL
  }

  /** A JDBC URL with its credentials. */
  public record Target(Kind kind, String url, String user, String password) {}

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  /** A new, empty database of {@code kind}. */
  public static Target fresh(Kind kind) {
    return switch (kind) {
      case H2 -> h2();
      case POSTGRESQL -> postgresql();
    };
  }

  private static Target h2() {
    try {
      Path dir = Files.createTempDirectory("reassess-h2-");
      dir.toFile().deleteOnExit();
      return new Target(
          Kind.H2, "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_DELAY=-1", "sa", "");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized Target postgresql() {
    try {
      if (postgres == null) {
        postgres = EmbeddedPostgres.builder().start();
        EmbeddedPostgres started = postgres;
        Runtime.getRuntime()
            .addShutdownHook(
                new Thread(
                    () -> {
                      try {
                        started.close();
                      } catch (IOException e) {
                        // the JVM is exiting; the temporary data folder goes with the process
                      }
                    }));
      }
      String name = "reassess_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
      return new Target(
          Kind.POSTGRESQL, postgres.getJdbcUrl("postgres", name), "postgres", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a PostgreSQL test database", e);
    }
  }
}
