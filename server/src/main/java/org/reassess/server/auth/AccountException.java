package org.reassess.server.auth;

/** An account could not be created or changed, for a reason the user can act on (the message). */
public final class AccountException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AccountException(String message) {
    super(message);
  }
}
