package org.reassess.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.reassess.server.ReassessServer;
import org.reassess.server.ServerConfig;
import org.reassess.server.auth.PasswordHasher;

/**
 * A real Reassess server for tests: the production composition root on a free port, on a fresh
 * database of the given kind, with a cheap password hash (the cost is a setting, not a behaviour).
 * Close it after the test.
 */
public final class TestServer implements AutoCloseable {

  /** A password long enough for the policy, used by every test account. */
  public static final String PASSWORD = "correct-horse-battery";

  private final ReassessServer server;
  private final TestDatabases.Target database;
  private final String console;

  private TestServer(ReassessServer server, TestDatabases.Target database, String console) {
    this.server = server;
    this.database = database;
    this.console = console;
  }

  /** Starts a server on a fresh database; {@code demo} adds the demo patients. */
  public static TestServer start(TestDatabases.Kind kind, boolean demo) {
    return start(TestDatabases.fresh(kind), demo);
  }

  /** Starts a server on {@code database} (restart tests reuse one). */
  public static TestServer start(TestDatabases.Target database, boolean demo) {
    try {
      Path data = Files.createTempDirectory("reassess-data-");
      ServerConfig config =
          new ServerConfig(
              "127.0.0.1",
              0,
              database.url(),
              database.user(),
              database.password(),
              data,
              demo,
              false,
              null);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ReassessServer server;
      try (PrintStream console = new PrintStream(out, true, StandardCharsets.UTF_8)) {
        server =
            ReassessServer.start(config, console, Clock.systemUTC(), new PasswordHasher(64, 1));
      }
      return new TestServer(server, database, out.toString(StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  /** The one-time setup link the server printed (empty when an account existed). */
  public String setupLink() {
    return server.setupLink();
  }

  /** What the server printed at start. */
  public String console() {
    return console;
  }

  public TestDatabases.Target database() {
    return database;
  }

  public ReassessServer server() {
    return server;
  }

  @Override
  public void close() {
    server.close();
  }
}
