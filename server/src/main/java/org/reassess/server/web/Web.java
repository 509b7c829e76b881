package org.reassess.server.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.Engine;
import org.reassess.server.auth.Principal;
import org.reassess.server.records.RecordException;

/** Request helpers every page handler shares: who is asking, the page frame, notices. */
public final class Web {

  static final String PRINCIPAL = "reassess.principal";
  static final String PRE_SESSION_CSRF = "reassess.preCsrf";
  private static final String NOTICE_COOKIE = "reassess_notice";

  private Web() {}

  /** The signed-in principal; the security filter has already refused requests without one. */
  public static Principal principal(Context ctx) {
    Principal p = ctx.attribute(PRINCIPAL);
    if (p == null) {
      throw new IllegalStateException("no principal on a protected route");
    }
    return p;
  }

  public static @Nullable Principal principalOrNull(Context ctx) {
    return ctx.attribute(PRINCIPAL);
  }

  /** The frame of a page titled {@code title}; a pending notice is shown once. */
  public static PageChrome chrome(Context ctx, String title, Engine engine) {
    Principal p = principalOrNull(ctx);
    String csrf = p != null && p.csrfToken() != null ? p.csrfToken() : preSessionCsrf(ctx);
    String notice = ctx.cookie(NOTICE_COOKIE);
    if (notice != null) {
      ctx.removeCookie(NOTICE_COOKIE, "/");
    }
    return new PageChrome(
        title,
        p,
        csrf,
        engine.knowledgeBase().version(),
        Engine.version(),
        notice == null ? null : Notices.text(notice));
  }

  static String preSessionCsrf(Context ctx) {
    String token = ctx.attribute(PRE_SESSION_CSRF);
    return token == null ? "" : token;
  }

  /** Redirects after a change, with a notice shown on the next page (a key, never patient data). */
  public static void redirectWithNotice(Context ctx, String location, Notices.Key notice) {
    Cookie cookie = new Cookie(NOTICE_COOKIE, notice.name());
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    cookie.setPath("/");
    cookie.setMaxAge(60);
    ctx.cookie(cookie);
    ctx.redirect(location);
  }

  /** A path parameter that must be a positive number. */
  public static long id(Context ctx, String name) {
    try {
      long id = Long.parseLong(ctx.pathParam(name));
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // falls through to the same answer as a negative number
    }
    throw new org.reassess.server.records.NoSuchPatientException("That record");
  }

  /** A form field's value, stripped; empty when absent. */
  public static String form(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v.strip();
  }

  /** Parameters for a template: the frame plus the page's own values. */
  public static Map<String, Object> params(PageChrome page, Object... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("key without value");
    }
    java.util.HashMap<String, Object> params = new java.util.HashMap<>();
    params.put("page", page);
    for (int i = 0; i < keyValues.length; i += 2) {
      params.put((String) keyValues[i], keyValues[i + 1]);
    }
    return params;
  }

  /** Fails with a message for the user when {@code condition} is false. */
  public static void check(boolean condition, String message) {
    if (!condition) {
      throw new RecordException(message);
    }
  }
}
