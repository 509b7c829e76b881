package org.reassess.server.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Accounts and clinics: creation, lookup, and the password check behind sign-in. Thread-safe.
 *
 * <p>Usernames are stored lower-case, so sign-in is case-insensitive on the name and exact on the
 * password.
 */
public final class Accounts {

  private static final String ACCOUNT_COLUMNS =
      "a.id, a.username, a.display_name, a.role, a.clinic_id, c.name AS clinic_name, a.active";

  private final Jdbi jdbi;
  private final PasswordHasher hasher;
  private final Clock clock;
  // verified against when the username does not exist, so that both paths cost one Argon2 run
  private final String decoyHash;

  public Accounts(Jdbi jdbi, PasswordHasher hasher, Clock clock) {
    this.jdbi = jdbi;
    this.hasher = hasher;
    this.clock = clock;
    this.decoyHash = hasher.hash(Tokens.newSecret());
  }

  public boolean anyExist() {
    return jdbi.withHandle(
        h -> h.createQuery("SELECT COUNT(*) FROM account").mapTo(Long.class).one() > 0);
  }

  /** The account whose username and password match, if it is active. */
  public Optional<Account> authenticate(String username, String password) {
    Optional<String> stored =
        jdbi.withHandle(
            h ->
                h.createQuery("SELECT password_hash FROM account WHERE username = :u AND active")
                    .bind("u", normalise(username))
                    .mapTo(String.class)
                    .findOne());
    boolean matches = hasher.verify(password, stored.orElse(decoyHash));
    return matches && stored.isPresent() ? byUsername(username) : Optional.empty();
  }

  public Optional<Account> byUsername(String username) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + ACCOUNT_COLUMNS
                        + " FROM account a JOIN clinic c ON c.id = a.clinic_id"
                        + " WHERE a.username = :u")
                .bind("u", normalise(username))
                .map(Accounts::account)
                .findOne());
  }

  public Optional<Account> byId(Handle h, long id) {
    return h.createQuery(
            "SELECT "
                + ACCOUNT_COLUMNS
                + " FROM account a JOIN clinic c ON c.id = a.clinic_id WHERE a.id = :id")
        .bind("id", id)
        .map(Accounts::account)
        .findOne();
  }

  public List<Account> all() {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "SELECT "
                        + ACCOUNT_COLUMNS
                        + " FROM account a JOIN clinic c ON c.id = a.clinic_id"
                        + " ORDER BY c.name, a.username")
                .map(Accounts::account)
                .list());
  }

  /**
   * Creates an account in {@code handle}'s transaction.
   *
   * @throws AccountException when the username is taken or the password too short
   */
  public long create(Handle h, NewAccount account) {
    if (account.password().length() < PasswordHasher.MINIMUM_LENGTH) {
      throw new AccountException(
          "The password must be at least " + PasswordHasher.MINIMUM_LENGTH + " characters long.");
    }
    boolean taken =
        h.createQuery("SELECT COUNT(*) FROM account WHERE username = :u")
                .bind("u", normalise(account.username()))
                .mapTo(Long.class)
                .one()
            > 0;
    if (taken) {
      throw new AccountException("That username is already taken.");
    }
    return h.createUpdate(
            "INSERT INTO account (username, display_name, password_hash, role, clinic_id, active,"
                + " created_at) VALUES (:u, :d, :p, :r, :c, TRUE, :t)")
        .bind("u", normalise(account.username()))
        .bind("d", account.displayName())
        .bind("p", hasher.hash(account.password()))
        .bind("r", account.role().wire())
        .bind("c", account.clinicId())
        .bind("t", Instant.now(clock))
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  public void setActive(Handle h, long accountId, boolean active) {
    h.createUpdate("UPDATE account SET active = :a WHERE id = :id")
        .bind("a", active)
        .bind("id", accountId)
        .execute();
    if (!active) {
      h.createUpdate("DELETE FROM login_session WHERE account_id = :id")
          .bind("id", accountId)
          .execute();
    }
  }

  public List<Clinic> clinics() {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT id, name FROM clinic ORDER BY name")
                .map((rs, ctx) -> new Clinic(rs.getLong("id"), rs.getString("name")))
                .list());
  }

  /** The clinic named {@code name}, created when it does not exist yet. */
  public long clinic(Handle h, String name) {
    Optional<Long> existing =
        h.createQuery("SELECT id FROM clinic WHERE name = :n")
            .bind("n", name)
            .mapTo(Long.class)
            .findOne();
    if (existing.isPresent()) {
      return existing.get();
    }
    return h.createUpdate("INSERT INTO clinic (name, created_at) VALUES (:n, :t)")
        .bind("n", name)
        .bind("t", Instant.now(clock))
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  static String normalise(String username) {
    return username.strip().toLowerCase(java.util.Locale.ROOT);
  }

  private static Account account(
      java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
      throws java.sql.SQLException {
    return new Account(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        Role.parse(rs.getString("role")),
        rs.getLong("clinic_id"),
        rs.getString("clinic_name"),
        rs.getBoolean("active"));
  }

  /** What creating an account needs. */
  public record NewAccount(
      String username, String displayName, String password, Role role, long clinicId) {}
}
