package org.reassess.server.error;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.reassess.engine.Engine;
import org.reassess.engine.casefile.CaseValidationException;
import org.reassess.engine.casefile.ValidationIssue;
import org.reassess.server.api.ApiRequestException;
import org.reassess.server.auth.AccountException;
import org.reassess.server.auth.ForbiddenException;
import org.reassess.server.records.NoSuchPatientException;
import org.reassess.server.records.RecordException;
import org.reassess.server.web.PageChrome;
import org.reassess.server.web.RequestGuard;
import org.reassess.server.web.Templates;
import org.reassess.server.web.Web;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into an answer the user can act on: an error page for the browser, an RFC
 * 9457 problem document for the API. Never a stack trace to the client; and never patient data in
 * the log: an unexpected failure is logged with an incident number and the exception types and
 * stack only, because exception messages (SQL with bound values, say) can carry patient data.
 */
public final class ErrorMapping {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  private final Engine engine;

  public ErrorMapping(Engine engine) {
    this.engine = engine;
  }

  /** Registers the handlers. */
  public void register(RoutesConfig routes) {
    routes.exception(RequestGuard.NotSignedInException.class, (e, ctx) -> notSignedIn(ctx));
    routes.exception(
        RequestGuard.CsrfException.class,
        (e, ctx) ->
            answer(
                ctx,
                403,
                "The form has expired",
                "This page was open too long or came from elsewhere. Go back, reload the page and"
                    + " submit again; nothing was saved.",
                List.of()));
    routes.exception(
        RequestGuard.ApiAuthenticationException.class,
        (e, ctx) -> {
          ctx.header("WWW-Authenticate", "Bearer");
          answer(ctx, 401, "Not authenticated", e.getMessage(), List.of());
        });
    routes.exception(
        ForbiddenException.class,
        (e, ctx) -> answer(ctx, 403, "Not allowed", e.getMessage(), List.of()));
    routes.exception(
        ApiRequestException.class,
        (e, ctx) -> answer(ctx, e.status(), e.title(), e.getMessage(), e.issues()));
    routes.exception(
        NoSuchPatientException.class,
        (e, ctx) -> answer(ctx, 404, "Not found", e.getMessage() + ".", List.of()));
    routes.exception(
        RecordException.class,
        (e, ctx) -> answer(ctx, 400, "Not saved", e.getMessage(), List.of()));
    routes.exception(
        AccountException.class,
        (e, ctx) -> answer(ctx, 400, "Not saved", e.getMessage(), List.of()));
    routes.exception(
        CaseValidationException.class,
        (e, ctx) ->
            answer(
                ctx,
                422,
                "The case is not valid",
                "Nothing was saved. Correct these problems and try again.",
                e.issues()));
    // Javalin's own refusals (no route here, say) get the same page or problem document as ours
    routes.exception(HttpResponseException.class, this::refusedByJavalin);
    routes.exception(Exception.class, this::unexpected);
    routes.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            answer(ctx, 404, "Not found", "There is no page at this address.", List.of());
          }
        });
  }

  private void notSignedIn(Context ctx) {
    if (wantsJson(ctx)) {
      answer(ctx, 401, "Not signed in", "Sign in first.", List.of());
      return;
    }
    String next = ctx.method().name().equals("GET") ? ctx.path() : "/patients";
    ctx.redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
  }

  private void refusedByJavalin(HttpResponseException e, Context ctx) {
    if (e.getStatus() == 404) {
      answer(
          ctx,
          404,
          "Not found",
          wantsJson(ctx)
              ? "There is no operation at this address; /openapi.json lists them."
              : "There is no page at this address.",
          List.of());
      return;
    }
    answer(ctx, e.getStatus(), "Request refused", e.getMessage(), List.of());
  }

  private void unexpected(Exception e, Context ctx) {
    String incident = UUID.randomUUID().toString().substring(0, 8);
    if (isDatabaseOutage(e)) {
      LOG.warn("incident {}: database unavailable ({})", incident, causeTypes(e));
      answer(
          ctx,
          503,
          "The database is not reachable",
          "Nothing you just submitted was saved; everything saved before is safe. Try again in a"
              + " moment. (Incident "
              + incident
              + ")",
          List.of());
      return;
    }
    LOG.error("incident {}: unexpected {} at {}", incident, causeTypes(e), where(e));
    answer(
        ctx,
        500,
        "Something went wrong",
        "The request failed and nothing was saved. If it happens again, tell your administrator"
            + " the incident number "
            + incident
            + ".",
        List.of());
  }

  private void answer(
      Context ctx, int status, String title, String detail, List<ValidationIssue> issues) {
    ctx.status(status);
    if (wantsJson(ctx)) {
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("type", "about:blank");
      problem.put("title", title);
      problem.put("status", status);
      problem.put("detail", detail);
      problem.put("instance", ctx.path());
      if (!issues.isEmpty()) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (ValidationIssue i : issues) {
          errors.add(Map.of("pointer", i.pointer(), "detail", i.message()));
        }
        problem.put("errors", errors);
      }
      ctx.contentType("application/problem+json");
      // as UTF-8 bytes (RFC 8259): Jetty encodes a string of this content type, which has no
      // charset parameter, as ISO-8859-1 ("0–10" became "0?10")
      ctx.result(Problems.json(problem).getBytes(StandardCharsets.UTF_8));
      return;
    }
    try {
      PageChrome page = Web.chrome(ctx, title, engine);
      Templates.page(
          ctx, "error.jte", Web.params(page, "status", status, "detail", detail, "issues", issues));
    } catch (RuntimeException renderingFailed) {
      // the error page itself failed (a database outage while resolving the frame, say): plain text
      ctx.contentType("text/plain; charset=utf-8");
      ctx.result(title + "\n\n" + detail + "\n");
    }
    ctx.status(status);
  }

  static boolean wantsJson(Context ctx) {
    return ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json");
  }

  static boolean isDatabaseOutage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLTransientConnectionException
          || t instanceof java.sql.SQLNonTransientConnectionException
          || t instanceof org.jdbi.v3.core.ConnectionException) {
        return true;
      }
      // SQL state class 08 is "connection exception"; 57P01-57P03 are a server shutting down or
      // not yet accepting connections (PostgreSQL)
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
    }
    return false;
  }

  private static String causeTypes(Throwable e) {
    StringBuilder types = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      types.append(types.length() == 0 ? "" : " <- ").append(t.getClass().getName());
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        types.append(" [SQL state ").append(sql.getSQLState()).append(']');
      }
    }
    return types.toString();
  }

  private static String where(Throwable e) {
    StackTraceElement[] trace = e.getStackTrace();
    StringBuilder frames = new StringBuilder();
    for (int i = 0; i < Math.min(trace.length, 12); i++) {
      frames.append("\n    at ").append(trace[i]);
    }
    return frames.toString();
  }
}
