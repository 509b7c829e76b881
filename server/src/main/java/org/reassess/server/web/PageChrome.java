package org.reassess.server.web;

import org.jspecify.annotations.Nullable;
import org.reassess.server.auth.Principal;

/**
 * What every page's frame shows: its title, who is signed in, the CSRF token its forms carry, the
 * knowledge-base version and a one-line notice. Immutable.
 */
public record PageChrome(
    String title,
    @Nullable Principal user,
    String csrfToken,
    String kbVersion,
    String engineVersion,
    @Nullable String notice) {

  public boolean signedIn() {
    return user != null;
  }

  public boolean admin() {
    return user != null && user.isAdmin();
  }

  /** The value of the {@code hx-headers} attribute that makes htmx send the CSRF token. */
  public String htmxHeaders() {
    return "{\"X-CSRF-Token\": \"" + csrfToken + "\"}";
  }
}
