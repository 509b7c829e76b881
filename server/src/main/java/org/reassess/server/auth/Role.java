package org.reassess.server.auth;

import java.util.Locale;

/**
 * What an account may do: clinicians work with patients; administrators also manage the install.
 */
public enum Role {
  CLINICIAN,
  ADMIN;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role parse(String wire) {
    return valueOf(wire.toUpperCase(Locale.ROOT));
  }
}
