package org.reassess.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * The database: a HikariCP pool, the schema brought up to date by Flyway, and the {@link Jdbi} that
 * every repository uses. Thread-safe; one per server. {@link #close()} closes the pool.
 */
public final class Database implements AutoCloseable {

  /** The two databases the schema is written for. */
  public enum Vendor {
    H2("h2", "CLOB"),
    POSTGRESQL("postgresql", "TEXT");

    private final String folder;
    private final String textType;

    Vendor(String folder, String textType) {
      this.folder = folder;
      this.textType = textType;
    }

    static Vendor of(String jdbcUrl) {
      if (jdbcUrl.startsWith("jdbc:h2:")) {
        return H2;
      }
      if (jdbcUrl.startsWith("jdbc:postgresql:")) {
        return POSTGRESQL;
      }
      throw new IllegalArgumentException(
          "unsupported database URL (expected jdbc:h2:… or jdbc:postgresql:…)");
    }
  }

  private final HikariDataSource pool;
  private final Jdbi jdbi;
  private final Vendor vendor;

  private Database(HikariDataSource pool, Vendor vendor) {
    this.pool = pool;
    this.vendor = vendor;
    this.jdbi = Jdbi.create(pool);
  }

  /**
   * Connects, migrates the schema and returns the ready database.
   *
   * @param maximumPoolSize connections kept open; the web server's worker threads share them
   */
  public static Database open(
      String jdbcUrl, @Nullable String user, @Nullable String password, int maximumPoolSize) {
    Vendor vendor = Vendor.of(jdbcUrl);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(maximumPoolSize);
    config.setPoolName("reassess");
    // an outage must surface as an error page within seconds, not as a request hanging for 30 s
    config.setConnectionTimeout(5_000);
    config.setInitializationFailTimeout(-1);
    HikariDataSource pool = new HikariDataSource(config);
    try {
      migrate(pool, vendor);
      return new Database(pool, vendor);
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  private static void migrate(HikariDataSource pool, Vendor vendor) {
    migrations(pool, vendor).load().migrate();
  }

  /**
   * Every migration of the schema, for {@code vendor}; tests use it to stop at an older version.
   */
  static FluentConfiguration migrations(DataSource dataSource, Vendor vendor) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor.folder)
        .placeholders(Map.of("text", vendor.textType))
        .javaMigrations(new FillPatientSearchTerms())
        .failOnMissingLocations(true);
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public Vendor vendor() {
    return vendor;
  }

  @Override
  public void close() {
    pool.close();
  }
}
