package org.reassess.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Browser sessions kept in the database, so that they survive a restart and work behind several
 * server instances. The cookie carries a random secret; the table only its hash, the account and
 * the session's CSRF token. A session ends after {@link #IDLE} without a request or {@link
 * #ABSOLUTE} after sign-in, whichever comes first. Thread-safe.
 */
public final class Sessions {

  /** The cookie's name. */
  public static final String COOKIE = "reassess_session";

  static final Duration IDLE = Duration.ofMinutes(60);
  static final Duration ABSOLUTE = Duration.ofHours(12);
  // last_seen_at is written at most this often: one UPDATE per page view would cost every request
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final Jdbi jdbi;
  private final Clock clock;

  public Sessions(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Starts a session for {@code accountId}; returns the cookie value. */
  public String start(long accountId) {
    String secret = Tokens.newSecret();
    Instant now = Instant.now(clock);
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    "INSERT INTO login_session (token_hash, account_id, csrf_token, created_at,"
                        + " last_seen_at, expires_at) VALUES (:h, :a, :c, :n, :n, :e)")
                .bind("h", Tokens.hash(secret))
                .bind("a", accountId)
                .bind("c", Tokens.newSecret())
                .bind("n", now)
                .bind("e", now.plus(ABSOLUTE))
                .execute());
    return secret;
  }

  /** The principal of a live session, and the session kept alive; empty when unknown or expired. */
  public Optional<Principal> resolve(String cookieValue) {
    Instant now = Instant.now(clock);
    String hash = Tokens.hash(cookieValue);
    return jdbi.withHandle(
        h -> {
          Optional<Row> row =
              h.createQuery(
                      "SELECT s.csrf_token, s.last_seen_at, s.expires_at, a.id, a.username,"
                          + " a.display_name, a.role, a.clinic_id, c.name AS clinic_name FROM"
                          + " login_session s JOIN account a ON a.id = s.account_id JOIN clinic c"
                          + " ON c.id = a.clinic_id WHERE s.token_hash = :h AND a.active")
                  .bind("h", hash)
                  .map(
                      (rs, ctx) ->
                          new Row(
                              new Principal(
                                  rs.getLong("id"),
                                  rs.getString("username"),
                                  rs.getString("display_name"),
                                  Role.parse(rs.getString("role")),
                                  rs.getLong("clinic_id"),
                                  rs.getString("clinic_name"),
                                  rs.getString("csrf_token")),
                              rs.getObject("last_seen_at", OffsetDateTime.class).toInstant(),
                              rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                  .findOne();
          if (row.isEmpty()) {
            return Optional.empty();
          }
          Row r = row.get();
          if (now.isAfter(r.expiresAt) || now.isAfter(r.lastSeen.plus(IDLE))) {
            h.createUpdate("DELETE FROM login_session WHERE token_hash = :h")
                .bind("h", hash)
                .execute();
            return Optional.empty();
          }
          if (now.isAfter(r.lastSeen.plus(TOUCH_EVERY))) {
            h.createUpdate("UPDATE login_session SET last_seen_at = :n WHERE token_hash = :h")
                .bind("n", now)
                .bind("h", hash)
                .execute();
          }
          return Optional.of(r.principal);
        });
  }

  /** Ends the session behind {@code cookieValue}, if any. */
  public void end(String cookieValue) {
    jdbi.useHandle(
        h ->
            h.createUpdate("DELETE FROM login_session WHERE token_hash = :h")
                .bind("h", Tokens.hash(cookieValue))
                .execute());
  }

  private record Row(Principal principal, Instant lastSeen, Instant expiresAt) {}
}
