package org.reassess.server.auth;

import org.jspecify.annotations.Nullable;

/**
 * Who is making a request: a signed-in account or an API token, always bound to one clinic. Patient
 * data is visible only within {@link #clinicId()}. Immutable.
 *
 * @param accountId the account, or the account that issued the API token; null for the server
 *     itself (demo data)
 * @param label how the audit log names the actor ({@code "dr.jones"}, {@code "api-token:ehr-sync"})
 * @param csrfToken the session's CSRF token; null for API tokens, which carry no cookie to forge
 */
public record Principal(
    @Nullable Long accountId,
    String label,
    String displayName,
    Role role,
    long clinicId,
    String clinicName,
    @Nullable String csrfToken) {

  /** The server acting on its own, in {@code clinicId} (it adds the demo patients). */
  public static Principal system(long clinicId, String clinicName) {
    return new Principal(
        null, "reassess (demo data)", "Reassess", Role.CLINICIAN, clinicId, clinicName, null);
  }

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }

  /** Whether this principal may see patients of {@code clinic}. */
  public boolean mayAccessClinic(long clinic) {
    return clinicId == clinic;
  }
}
