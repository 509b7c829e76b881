package org.reassess.server.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.util.Optional;
import java.util.Set;
import org.reassess.server.auth.ApiTokens;
import org.reassess.server.auth.Principal;
import org.reassess.server.auth.Sessions;
import org.reassess.server.auth.Tokens;

/**
 * The first and last thing every request meets: security headers, who is asking (session cookie for
 * pages, bearer token for the API), the CSRF check on every state change, and the server-side time
 * in a {@code Server-Timing} header (what the load benchmark reads). Thread-safe.
 */
public final class RequestGuard {

  /**
   * Strict policy: only our own scripts, styles and images; no inline script or style, no plugins,
   * no framing, forms post only to us.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src"
          + " 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors"
          + " 'none'; form-action 'self'";

  static final String PRE_SESSION_COOKIE = "reassess_pre";
  private static final String STARTED = "reassess.started";
  private static final Set<String> OPEN_PATHS =
      Set.of("/login", "/setup", "/health", "/openapi.json", "/favicon.ico");
  private static final Set<HandlerType> SAFE_METHODS =
      Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  private final Sessions sessions;
  private final ApiTokens apiTokens;
  private final boolean secureCookies;

  public RequestGuard(Sessions sessions, ApiTokens apiTokens, boolean secureCookies) {
    this.sessions = sessions;
    this.apiTokens = apiTokens;
    this.secureCookies = secureCookies;
  }

  /** Runs before every request. */
  public void before(Context ctx) {
    ctx.attribute(STARTED, System.nanoTime());
    securityHeaders(ctx);
    String path = ctx.path();
    if (path.startsWith("/static/")) {
      return;
    }
    if (path.startsWith("/api/")) {
      authenticateApi(ctx);
      return;
    }
    Optional<Principal> principal = session(ctx);
    principal.ifPresent(p -> ctx.attribute(Web.PRINCIPAL, p));
    if (principal.isEmpty()) {
      ctx.attribute(Web.PRE_SESSION_CSRF, preSessionToken(ctx));
    }
    if (!SAFE_METHODS.contains(ctx.method())) {
      checkCsrf(ctx, principal);
    }
    if (principal.isEmpty() && !OPEN_PATHS.contains(path)) {
      throw new NotSignedInException();
    }
  }

  /** Runs after every request. */
  public void after(Context ctx) {
    Long started = ctx.attribute(STARTED);
    if (started != null) {
      double millis = (System.nanoTime() - started) / 1_000_000.0;
      ctx.header("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.2f", millis));
    }
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    if (!ctx.path().startsWith("/static/")) {
      // pages hold patient data: never kept by the browser or a proxy
      ctx.header("Cache-Control", "no-store");
    }
  }

  private Optional<Principal> session(Context ctx) {
    String cookie = ctx.cookie(Sessions.COOKIE);
    return cookie == null || cookie.isBlank() ? Optional.empty() : sessions.resolve(cookie);
  }

  private void authenticateApi(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ApiAuthenticationException("Send an API token: Authorization: Bearer <token>.");
    }
    Principal p =
        apiTokens
            .resolve(header.substring(7).strip())
            .orElseThrow(
                () ->
                    new ApiAuthenticationException(
                        "The API token is unknown or revoked, or its issuer's account is deactivated."));
    ctx.attribute(Web.PRINCIPAL, p);
  }

  /**
   * Every state change must carry the token of the page it came from: the session's token, or
   * before sign-in the token of the pre-session cookie (login and setup forms).
   */
  private static void checkCsrf(Context ctx, Optional<Principal> principal) {
    String expected =
        principal.map(Principal::csrfToken).orElseGet(() -> ctx.cookie(PRE_SESSION_COOKIE));
    String sent = ctx.header("X-CSRF-Token");
    if (sent == null) {
      sent = ctx.formParam("_csrf");
    }
    if (expected == null
        || expected.isEmpty()
        || sent == null
        || !Tokens.sameSecret(expected, sent)) {
      throw new CsrfException();
    }
  }

  private String preSessionToken(Context ctx) {
    String existing = ctx.cookie(PRE_SESSION_COOKIE);
    if (existing != null && existing.length() == 43) {
      return existing;
    }
    String token = Tokens.newSecret();
    ctx.cookie(cookie(PRE_SESSION_COOKIE, token, -1));
    return token;
  }

  /** A cookie with the flags every cookie of ours carries. */
  Cookie cookie(String name, String value, int maxAgeSeconds) {
    Cookie cookie = new Cookie(name, value);
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    cookie.setSecure(secureCookies);
    cookie.setPath("/");
    cookie.setMaxAge(maxAgeSeconds);
    return cookie;
  }

  /** The request needs a signed-in user and has none. */
  public static final class NotSignedInException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotSignedInException() {
      super("not signed in");
    }
  }

  /** A state change without the right CSRF token. */
  public static final class CsrfException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CsrfException() {
      super("missing or wrong CSRF token");
    }
  }

  /** An API request without a valid token. */
  public static final class ApiAuthenticationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ApiAuthenticationException(String message) {
      super(message);
    }
  }
}
