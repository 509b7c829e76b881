package org.reassess.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.reassess.server.ReassessServer;
import org.reassess.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reassess serve}: runs the clinician web application and REST API until stopped. Flags win
 * over the environment variables named in each option's help.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Reassess.Version.class,
    description = {
      "Run the clinician web application and REST API.",
      "By default: embedded H2 database under ./data, demo patients on first start, port 8080.",
      "On first start the console prints a one-time link that creates the first administrator."
    })
final class ServeCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      defaultValue = "${env:REASSESS_PORT:-8080}",
      description = "Port to listen on (env REASSESS_PORT; default ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "${env:REASSESS_HOST:-127.0.0.1}",
      description =
          "Address to listen on (env REASSESS_HOST; default ${DEFAULT-VALUE}; 0.0.0.0 for"
              + " every interface).")
  String host = "127.0.0.1";

  @Option(
      names = "--db",
      defaultValue = "${env:REASSESS_DB_URL}",
      description =
          "JDBC URL of a PostgreSQL database, e.g. jdbc:postgresql://db/reassess"
              + " (env REASSESS_DB_URL). Default: the embedded H2 database under --data.")
  @Nullable String dbUrl;

  @Option(
      names = "--db-user",
      defaultValue = "${env:REASSESS_DB_USER}",
      description = "Database user (env REASSESS_DB_USER).")
  @Nullable String dbUser;

  @Option(
      names = "--data",
      defaultValue = "${env:REASSESS_DATA:-data}",
      description =
          "Folder of the embedded database (env REASSESS_DATA; default ./${DEFAULT-VALUE}).")
  Path data = Path.of("data");

  @Option(
      names = "--no-demo",
      negatable = false,
      description = "Do not add the demo clinic's patients to an empty database.")
  boolean noDemo;

  @Option(
      names = "--secure-cookies",
      defaultValue = "${env:REASSESS_SECURE_COOKIES:-false}",
      description = "Mark cookies Secure: set it when users reach the server over HTTPS.")
  boolean secureCookies;

  @Option(
      names = "--public-url",
      defaultValue = "${env:REASSESS_PUBLIC_URL}",
      description = "The address users reach the server at (for the setup link).")
  @Nullable String publicUrl;

  @Override
  public Integer call() throws InterruptedException {
    // the password only from the environment: a flag would show in the process list
    ServerConfig config =
        new ServerConfig(
            host,
            port,
            dbUrl,
            dbUser,
            System.getenv("REASSESS_DB_PASSWORD"),
            data,
            !noDemo,
            secureCookies,
            publicUrl);
    ReassessServer server = ReassessServer.start(config, System.out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "reassess-shutdown"));
    stopped.await();
    return ExitCodes.SUCCESS;
  }
}
