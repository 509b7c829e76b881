package org.reassess.server;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * How to run the server: where to listen, which database, whether to add demo patients. Built by
 * the command line (flags and environment) and nowhere else. Immutable.
 *
 * @param dbUrl a JDBC URL; null for the embedded H2 database under {@code dataDir}
 * @param demo on a database with no patients yet, add the demo clinic's patients
 * @param secureCookies mark the session cookie {@code Secure} (behind HTTPS)
 * @param publicUrl the address users reach the server at, for the setup link; null = localhost
 */
public record ServerConfig(
    String host,
    int port,
    @Nullable String dbUrl,
    @Nullable String dbUser,
    @Nullable String dbPassword,
    Path dataDir,
    boolean demo,
    boolean secureCookies,
    @Nullable String publicUrl) {

  /** The JDBC URL to connect to. */
  public String jdbcUrl() {
    if (dbUrl != null) {
      return dbUrl;
    }
    // a 64 MB page cache (H2's default is 16 MB): assessments are large, and the patient list's
    // pages should stay in memory beside them
    return "jdbc:h2:file:"
        + dataDir.toAbsolutePath().resolve("reassess")
        + ";DB_CLOSE_DELAY=-1;CACHE_SIZE=65536";
  }

  /** The address the setup link names. */
  public String baseUrl(int boundPort) {
    if (publicUrl != null) {
      return publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }
    String shown = host.equals("0.0.0.0") || host.isEmpty() ? "localhost" : host;
    return "http://" + shown + ":" + boundPort;
  }
}
