package org.reassess.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.jdbi.v3.core.Jdbi;
import org.reassess.engine.Engine;
import org.reassess.server.audit.AuditEvent.Action;
import org.reassess.server.audit.AuditLog;
import org.reassess.server.auth.Account;
import org.reassess.server.auth.AccountException;
import org.reassess.server.auth.Accounts;
import org.reassess.server.auth.LoginThrottle;
import org.reassess.server.auth.Role;
import org.reassess.server.auth.Sessions;
import org.reassess.server.auth.SetupTokens;

/** Sign-in, sign-out and the first administrator's setup. */
public final class AuthPages {

  private final Jdbi jdbi;
  private final Accounts accounts;
  private final Sessions sessions;
  private final SetupTokens setupTokens;
  private final LoginThrottle throttle;
  private final AuditLog audit;
  private final Engine engine;
  private final RequestGuard guard;

  public AuthPages(
      Jdbi jdbi,
      Accounts accounts,
      Sessions sessions,
      SetupTokens setupTokens,
      LoginThrottle throttle,
      AuditLog audit,
      Engine engine,
      RequestGuard guard) {
    this.jdbi = jdbi;
    this.accounts = accounts;
    this.sessions = sessions;
    this.setupTokens = setupTokens;
    this.throttle = throttle;
    this.audit = audit;
    this.engine = engine;
    this.guard = guard;
  }

  public void register(RoutesConfig routes) {
    routes.get("/", ctx -> ctx.redirect(Web.principalOrNull(ctx) == null ? "/login" : "/patients"));
    routes.get("/login", ctx -> loginForm(ctx, "", null, 200));
    routes.post("/login", this::login);
    routes.post("/logout", this::logout);
    routes.get("/setup", this::setupForm);
    routes.post("/setup", this::setup);
    routes.get("/health", ctx -> ctx.result("ok"));
  }

  private void loginForm(Context ctx, String username, String error, int status) {
    if (Web.principalOrNull(ctx) != null && error == null) {
      ctx.redirect("/patients");
      return;
    }
    ctx.status(status);
    Templates.page(
        ctx,
        "login.jte",
        Web.params(
            Web.chrome(ctx, "Sign in", engine),
            "username",
            username,
            "error",
            error == null ? "" : error,
            "next",
            safeNext(ctx.queryParam("next"))));
  }

  private void login(Context ctx) {
    String username = Web.form(ctx, "username");
    String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
    String address = ctx.ip();
    if (!throttle.allows(username, address)) {
      loginForm(
          ctx,
          username,
          "Too many failed attempts. Wait 15 minutes, or ask an administrator.",
          429);
      return;
    }
    java.util.Optional<Account> account = accounts.authenticate(username, password);
    if (account.isEmpty()) {
      throttle.failed(username, address);
      jdbi.useHandle(
          h ->
              audit.recordAnonymous(
                  h, "anonymous", Action.LOGIN_FAILED, "account " + truncate(username), null));
      loginForm(ctx, username, "The username or password is not right.", 401);
      return;
    }
    throttle.succeeded(username);
    String cookie = sessions.start(account.get().id());
    ctx.cookie(guard.cookie(Sessions.COOKIE, cookie, -1));
    jdbi.useHandle(
        h ->
            audit.recordAnonymous(
                h, account.get().username(), Action.LOGIN, "account " + account.get().id(), null));
    ctx.redirect(safeNext(ctx.formParam("next")));
  }

  private void logout(Context ctx) {
    String cookie = ctx.cookie(Sessions.COOKIE);
    if (cookie != null) {
      sessions.end(cookie);
    }
    ctx.removeCookie(Sessions.COOKIE, "/");
    Web.redirectWithNotice(ctx, "/login", Notices.Key.SIGNED_OUT);
  }

  private void setupForm(Context ctx) {
    String token = ctx.queryParam("token");
    boolean valid = token != null && !accounts.anyExist() && setupTokens.isValid(token);
    ctx.status(valid ? 200 : 404);
    Templates.page(
        ctx,
        "setup.jte",
        Web.params(
            Web.chrome(ctx, "First-time setup", engine),
            "token",
            valid ? token : "",
            "valid",
            valid,
            "error",
            "",
            "clinicName",
            "",
            "displayName",
            "",
            "username",
            ""));
  }

  private void setup(Context ctx) {
    String token = Web.form(ctx, "token");
    String clinicName = Web.form(ctx, "clinicName");
    String displayName = Web.form(ctx, "displayName");
    String username = Web.form(ctx, "username");
    String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
    String error = null;
    if (clinicName.isEmpty() || displayName.isEmpty() || username.isEmpty()) {
      error = "Fill in every field.";
    } else if (!password.equals(ctx.formParam("confirm"))) {
      error = "The two passwords differ.";
    }
    if (error == null) {
      try {
        boolean done =
            jdbi.inTransaction(
                h -> {
                  if (accounts.anyExist() || !setupTokens.use(h, token)) {
                    return false;
                  }
                  long clinic = firstClinic(h, clinicName);
                  long id =
                      accounts.create(
                          h,
                          new Accounts.NewAccount(
                              username, displayName, password, Role.ADMIN, clinic));
                  audit.recordAnonymous(
                      h, username, Action.SETUP, "account " + id, "first administrator");
                  return true;
                });
        if (!done) {
          error =
              "This setup link has expired or was already used. Restart the server for a new"
                  + " one.";
        } else {
          Web.redirectWithNotice(ctx, "/login", Notices.Key.SETUP_DONE);
          return;
        }
      } catch (AccountException e) {
        error = e.getMessage();
      }
    }
    ctx.status(400);
    Templates.page(
        ctx,
        "setup.jte",
        Web.params(
            Web.chrome(ctx, "First-time setup", engine),
            "token",
            token,
            "valid",
            true,
            "error",
            error,
            "clinicName",
            clinicName,
            "displayName",
            displayName,
            "username",
            username));
  }

  /** The first clinic takes the name given at setup (the demo clinic, if demo data was added). */
  private long firstClinic(org.jdbi.v3.core.Handle h, String name) {
    java.util.Optional<Long> first =
        h.createQuery("SELECT MIN(id) FROM clinic").mapTo(Long.class).findOne();
    if (first.isPresent()) {
      h.createUpdate("UPDATE clinic SET name = :n WHERE id = :id")
          .bind("n", name)
          .bind("id", first.get())
          .execute();
      return first.get();
    }
    return accounts.clinic(h, name);
  }

  /** Only a local path may follow sign-in: never another site. */
  static String safeNext(String next) {
    if (next == null
        || !next.startsWith("/")
        || next.startsWith("//")
        || next.contains("\\")
        || next.startsWith("/login")) {
      return "/patients";
    }
    return next;
  }

  private static String truncate(String s) {
    return s.length() > 100 ? s.substring(0, 100) : s;
  }
}
