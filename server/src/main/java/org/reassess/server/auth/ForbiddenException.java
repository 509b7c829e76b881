package org.reassess.server.auth;

/**
 * The caller is signed in but their role does not allow the request (a clinician on an
 * administration page). Answered with 403, never with a redirect to sign in.
 */
public final class ForbiddenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(String message) {
    super(message);
  }
}
