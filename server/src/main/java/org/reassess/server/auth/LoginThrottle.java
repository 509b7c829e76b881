package org.reassess.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * Slows password guessing: after {@link #MAX_FAILURES} failed sign-ins within {@link #WINDOW} for
 * one username, or four times as many from one address, further attempts are refused until the
 * window has passed. The failures live in the database (hashed keys only), so the limit holds
 * across restarts and across several server instances. Thread-safe.
 */
public final class LoginThrottle {

  static final int MAX_FAILURES = 5;
  static final int MAX_FAILURES_PER_ADDRESS = MAX_FAILURES * 4;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Jdbi jdbi;
  private final Clock clock;

  public LoginThrottle(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Whether a sign-in for {@code username} from {@code address} may be attempted now. */
  public boolean allows(String username, String address) {
    Instant since = Instant.now(clock).minus(WINDOW);
    return recent(userKey(username), since) < MAX_FAILURES
        && recent(addressKey(address), since) < MAX_FAILURES_PER_ADDRESS;
  }

  /** Counts a failed attempt, and forgets failures older than the window. */
  public void failed(String username, String address) {
    Instant now = Instant.now(clock);
    jdbi.useTransaction(
        h -> {
          for (String key : new String[] {userKey(username), addressKey(address)}) {
            h.createUpdate("INSERT INTO login_failure (throttle_key, failed_at) VALUES (:k, :t)")
                .bind("k", key)
                .bind("t", now)
                .execute();
          }
          h.createUpdate("DELETE FROM login_failure WHERE failed_at < :cutoff")
              .bind("cutoff", now.minus(WINDOW))
              .execute();
        });
  }

  /** Forgets the username's failures after a successful sign-in (not the address's). */
  public void succeeded(String username) {
    jdbi.useHandle(
        h ->
            h.createUpdate("DELETE FROM login_failure WHERE throttle_key = :k")
                .bind("k", userKey(username))
                .execute());
  }

  private int recent(String key, Instant since) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT COUNT(*) FROM login_failure WHERE throttle_key = :k AND failed_at >= :s")
                .bind("k", key)
                .bind("s", since)
                .mapTo(Integer.class)
                .one());
  }

  private static String userKey(String username) {
    return Tokens.hash("u:" + Accounts.normalise(username));
  }

  private static String addressKey(String address) {
    return Tokens.hash("a:" + address);
  }
}
