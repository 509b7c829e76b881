package org.reassess.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * One-time setup links: there is no default password. While no account exists, each start issues a
 * new link (older ones stop working), valid for a day and usable once. Thread-safe.
 */
public final class SetupTokens {

  static final Duration VALID_FOR = Duration.ofHours(24);

  private final Jdbi jdbi;
  private final Clock clock;

  public SetupTokens(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** A fresh setup secret; every earlier unused one is withdrawn. */
  public String issue() {
    String secret = Tokens.newSecret();
    Instant now = Instant.now(clock);
    jdbi.useTransaction(
        h -> {
          h.createUpdate("DELETE FROM setup_token WHERE used_at IS NULL").execute();
          h.createUpdate(
                  "INSERT INTO setup_token (token_hash, created_at, expires_at) VALUES (:h, :n,"
                      + " :e)")
              .bind("h", Tokens.hash(secret))
              .bind("n", now)
              .bind("e", now.plus(VALID_FOR))
              .execute();
        });
    return secret;
  }

  /** Whether {@code secret} is a live, unused setup secret (without using it). */
  public boolean isValid(String secret) {
    return jdbi.withHandle(h -> live(h, secret));
  }

  /** Marks {@code secret} used, in {@code h}'s transaction; false when it was not live. */
  public boolean use(Handle h, String secret) {
    if (!live(h, secret)) {
      return false;
    }
    return h.createUpdate(
                "UPDATE setup_token SET used_at = :n WHERE token_hash = :h AND used_at IS NULL")
            .bind("n", Instant.now(clock))
            .bind("h", Tokens.hash(secret))
            .execute()
        == 1;
  }

  private boolean live(Handle h, String secret) {
    return h.createQuery(
                "SELECT COUNT(*) FROM setup_token WHERE token_hash = :h AND used_at IS NULL AND"
                    + " expires_at > :n")
            .bind("h", Tokens.hash(secret))
            .bind("n", Instant.now(clock))
            .mapTo(Long.class)
            .one()
        > 0;
  }
}
