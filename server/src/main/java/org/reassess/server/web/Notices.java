package org.reassess.server.web;

/**
 * The one-line notices a page can show after a redirect. The cookie carries only the key, so no
 * patient data ever sits in a cookie.
 */
public final class Notices {

  /** The notices. */
  public enum Key {
    SIGNED_OUT("You are signed out."),
    SETUP_DONE("The administrator account is ready. Sign in to start."),
    PATIENT_CREATED("Patient created. Start the re-assessment with the form or import a case."),
    REVISION_SAVED("The case was saved as a new revision and evaluated."),
    DRAFT_SAVED("Draft saved. It stays until you save the case."),
    OUTCOMES_SAVED("Outcome measurements saved."),
    ACCOUNT_CREATED("Account created."),
    ACCOUNT_CHANGED("Account changed."),
    TOKEN_REVOKED("API token revoked.");

    private final String text;

    Key(String text) {
      this.text = text;
    }
  }

  private Notices() {}

  static String text(String key) {
    for (Key k : Key.values()) {
      if (k.name().equals(key)) {
        return k.text;
      }
    }
    return "";
  }
}
