package org.reassess.bench.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * A real PostgreSQL server for the load benchmark's PostgreSQL run, from the embedded binaries (no
 * Docker, no system PostgreSQL). Starts it with a fresh data folder, creates the database {@code
 * reassess}, writes its JDBC URL to {@code --ready} and runs until the process is stopped, when it
 * stops the server.
 *
 * <p>Usage: {@code EmbeddedPg --dir DIR --port PORT --ready FILE}. User {@code postgres}, local
 * trust authentication.
 */
public final class EmbeddedPg {

  private EmbeddedPg() {}

  public static void main(String[] args) throws IOException, SQLException, InterruptedException {
    Flags flags = Flags.parse(args);
    Path ready = Path.of(flags.required("ready"));
    EmbeddedPostgres pg =
        EmbeddedPostgres.builder()
            .setDataDirectory(Path.of(flags.required("dir")))
            .setCleanDataDirectory(true)
            .setPort(flags.number("port", 0))
            // the library turns durable commits off for tests; a clinic's server keeps
            // PostgreSQL's default, and every page view commits an audit row, so measure with it on
            .setServerConfig("synchronous_commit", "on")
            .start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    pg.close();
                  } catch (IOException e) {
                    System.err.println("embedded PostgreSQL did not stop cleanly: " + e);
                  }
                  stopped.countDown();
                }));
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE reassess");
      try (ResultSet rs = s.executeQuery("SELECT version()")) {
        rs.next();
        System.out.println(rs.getString(1));
      }
    }
    String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/reassess";
    // written whole, then moved: the script waiting for the file never reads half a URL
    Path partial = ready.resolveSibling(ready.getFileName() + ".partial");
    Files.writeString(partial, url + "\n");
    Files.move(partial, ready, StandardCopyOption.ATOMIC_MOVE);
    stopped.await();
  }
}
