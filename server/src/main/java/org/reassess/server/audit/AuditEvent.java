package org.reassess.server.audit;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit log. Immutable.
 *
 * @param subject what was touched, by identifier only ({@code "patient 12"}, {@code "assessment
 *     40"}): never clinical content
 */
public record AuditEvent(
    long id,
    Instant at,
    String actor,
    @Nullable Long clinicId,
    @Nullable Long patientId,
    String action,
    String subject,
    @Nullable String detail) {

  /** The kinds of event. */
  public enum Action {
    VIEW,
    CREATE,
    CHANGE,
    EXPORT,
    IMPORT,
    EVALUATE,
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    SETUP,
    ACCOUNT_CREATED,
    ACCOUNT_CHANGED,
    TOKEN_ISSUED,
    TOKEN_REVOKED,
    ACCESS_DENIED;

    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
