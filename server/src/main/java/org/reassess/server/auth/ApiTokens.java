package org.reassess.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * REST API tokens: an administrator issues one for a clinic and a named integration, sees the
 * secret once, and may revoke it. A token acts as a clinician of its clinic. Thread-safe.
 */
public final class ApiTokens {

  // last_used_at is written at most this often, as a session's last_seen_at: an integration
  // calling many times a second would otherwise write the token's row on every call
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

  private final Jdbi jdbi;
  private final Clock clock;

  public ApiTokens(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Issues a token in {@code h}'s transaction; returns the secret, shown to the admin once. */
  public Issued issue(Handle h, String name, long clinicId, long issuedBy) {
    String secret = "rat_" + Tokens.newSecret();
    long id =
        h.createUpdate(
                "INSERT INTO api_token (name, token_hash, clinic_id, created_by, created_at)"
                    + " VALUES (:n, :h, :c, :b, :t)")
            .bind("n", name)
            .bind("h", Tokens.hash(secret))
            .bind("c", clinicId)
            .bind("b", issuedBy)
            .bind("t", Instant.now(clock))
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    return new Issued(id, secret);
  }

  /** Revokes a token; false when it did not exist or was already revoked. */
  public boolean revoke(Handle h, long id) {
    return h.createUpdate(
                "UPDATE api_token SET revoked_at = :t WHERE id = :id AND revoked_at IS NULL")
            .bind("t", Instant.now(clock))
            .bind("id", id)
            .execute()
        == 1;
  }

  /** The principal of a live token. */
  public Optional<Principal> resolve(String secret) {
    String hash = Tokens.hash(secret);
    return jdbi.withHandle(
        h -> {
          Optional<Live> live =
              h.createQuery(
                      // a token acts in its issuer's name (the audit log says who): it stops
                      // when that administrator's account is deactivated, and works again if
                      // it is reactivated
                      "SELECT t.id, t.name, t.created_by, t.clinic_id, t.last_used_at, c.name AS"
                          + " clinic_name FROM api_token t JOIN clinic c ON c.id = t.clinic_id JOIN"
                          + " account a ON a.id = t.created_by WHERE t.token_hash = :h AND"
                          + " t.revoked_at IS NULL AND a.active")
                  .bind("h", hash)
                  .map(
                      (rs, ctx) ->
                          new Live(
                              new Principal(
                                  rs.getLong("created_by"),
                                  "api-token:"
                                      + rs.getString("name")
                                      + " (#"
                                      + rs.getLong("id")
                                      + ")",
                                  rs.getString("name"),
                                  Role.CLINICIAN,
                                  rs.getLong("clinic_id"),
                                  rs.getString("clinic_name"),
                                  null),
                              instant(rs.getObject("last_used_at", OffsetDateTime.class))))
                  .findOne();
          Instant now = Instant.now(clock);
          live.filter(
                  l -> l.lastUsedAt() == null || l.lastUsedAt().isBefore(now.minus(TOUCH_EVERY)))
              .ifPresent(
                  l ->
                      h.createUpdate("UPDATE api_token SET last_used_at = :t WHERE token_hash = :h")
                          .bind("t", now)
                          .bind("h", hash)
                          .execute());
          return live.map(Live::principal);
        });
  }

  /** A live token's principal and when it was last used. */
  private record Live(Principal principal, @Nullable Instant lastUsedAt) {}

  public List<TokenInfo> all() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT t.id, t.name, c.name AS clinic_name, t.created_at, t.revoked_at,"
                        + " t.last_used_at, a.username AS issuer, a.active AS issuer_active FROM"
                        + " api_token t JOIN clinic c ON c.id = t.clinic_id LEFT JOIN account a"
                        + " ON a.id = t.created_by ORDER BY t.id DESC")
                .map(
                    (rs, ctx) ->
                        new TokenInfo(
                            rs.getLong("id"),
                            rs.getString("name"),
                            rs.getString("clinic_name"),
                            instant(rs.getObject("created_at", OffsetDateTime.class)),
                            instant(rs.getObject("revoked_at", OffsetDateTime.class)),
                            instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                            rs.getString("issuer"),
                            rs.getBoolean("issuer_active")))
                .list());
  }

  private static @Nullable Instant instant(@Nullable OffsetDateTime t) {
    return t == null ? null : t.toInstant();
  }

  /** A newly issued token: its id and the secret (shown once). */
  public record Issued(long id, String secret) {}

  /** A token as the admin page lists it. */
  public record TokenInfo(
      long id,
      String name,
      String clinicName,
      @Nullable Instant createdAt,
      @Nullable Instant revokedAt,
      @Nullable Instant lastUsedAt,
      @Nullable String issuer,
      boolean issuerActive) {}
}
