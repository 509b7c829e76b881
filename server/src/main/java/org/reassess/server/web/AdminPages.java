package org.reassess.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.Engine;
import org.reassess.server.audit.AuditEvent;
import org.reassess.server.audit.AuditEvent.Action;
import org.reassess.server.audit.AuditLog;
import org.reassess.server.auth.AccountException;
import org.reassess.server.auth.Accounts;
import org.reassess.server.auth.ApiTokens;
import org.reassess.server.auth.Clinic;
import org.reassess.server.auth.ForbiddenException;
import org.reassess.server.auth.Principal;
import org.reassess.server.auth.Role;

/**
 * The administration pages: accounts, API tokens and the audit log. Administrators only; every
 * change is audited in the transaction that makes it. An administrator administers the install, so
 * they see the audit log of every clinic.
 */
public final class AdminPages {

  /** Audit events per page. */
  static final int AUDIT_PAGE_SIZE = 100;

  private static final int CSV_BATCH = 1000;

  private final Jdbi jdbi;
  private final Accounts accounts;
  private final ApiTokens tokens;
  private final AuditLog audit;
  private final Engine engine;

  public AdminPages(Jdbi jdbi, Accounts accounts, ApiTokens tokens, AuditLog audit, Engine engine) {
    this.jdbi = jdbi;
    this.accounts = accounts;
    this.tokens = tokens;
    this.audit = audit;
    this.engine = engine;
  }

  public void register(RoutesConfig routes) {
    // one rule for every administration address, so that no page can forget it
    routes.before("/admin", AdminPages::requireAdmin);
    routes.before("/admin/*", AdminPages::requireAdmin);
    routes.get("/admin/users", ctx -> users(ctx, "", NewAccountForm.EMPTY, 200));
    routes.post("/admin/users", this::createAccount);
    routes.post("/admin/users/{id}/active", this::setActive);
    routes.get("/admin/tokens", ctx -> tokensPage(ctx, "", 200));
    routes.post("/admin/tokens", this::issueToken);
    routes.post("/admin/tokens/{id}/revoke", this::revokeToken);
    routes.get("/admin/audit", this::auditPage);
    routes.get("/admin/audit.csv", this::auditCsv);
  }

  /**
   * Refuses anyone but an administrator with 403. The request guard has already turned away anyone
   * not signed in.
   */
  public static void requireAdmin(Context ctx) {
    Principal p = Web.principalOrNull(ctx);
    if (p == null || !p.isAdmin()) {
      throw new ForbiddenException(
          "Only an administrator may open the administration pages. Ask your administrator.");
    }
  }

  // ---- accounts

  private void users(Context ctx, String error, NewAccountForm form, int status) {
    ctx.status(status);
    Templates.page(
        ctx,
        "admin/users.jte",
        Web.params(
            Web.chrome(ctx, "Accounts", engine),
            "accounts",
            accounts.all(),
            "clinics",
            accounts.clinics(),
            "error",
            error,
            "form",
            form,
            "me",
            Web.principal(ctx).accountId()));
  }

  private void createAccount(Context ctx) {
    Principal actor = Web.principal(ctx);
    NewAccountForm form =
        new NewAccountForm(
            Web.form(ctx, "username"),
            Web.form(ctx, "displayName"),
            Web.form(ctx, "role"),
            Web.form(ctx, "clinicId"),
            Web.form(ctx, "newClinic"));
    String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
    String error = form.problem();
    if (error == null) {
      try {
        jdbi.useTransaction(
            h -> {
              long clinic =
                  form.newClinic().isEmpty()
                      ? existingClinic(form.clinicId())
                      : accounts.clinic(h, form.newClinic());
              Role role = Role.parse(form.role());
              long id =
                  accounts.create(
                      h,
                      new Accounts.NewAccount(
                          form.username(), form.displayName(), password, role, clinic));
              audit.record(
                  h,
                  actor,
                  Action.ACCOUNT_CREATED,
                  null,
                  "account " + id,
                  role.wire() + " in clinic " + clinic);
            });
        Web.redirectWithNotice(ctx, "/admin/users", Notices.Key.ACCOUNT_CREATED);
        return;
      } catch (AccountException e) {
        error = e.getMessage();
      }
    }
    users(ctx, error, form, 400);
  }

  private long existingClinic(String clinicId) {
    try {
      long id = Long.parseLong(clinicId);
      if (accounts.clinics().stream().anyMatch(c -> c.id() == id)) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new AccountException("Choose a clinic, or name a new one.");
  }

  private void setActive(Context ctx) {
    Principal actor = Web.principal(ctx);
    long id = Web.id(ctx, "id");
    boolean active = "true".equals(Web.form(ctx, "active"));
    if (!active && Long.valueOf(id).equals(actor.accountId())) {
      users(
          ctx,
          "You cannot deactivate your own account: another administrator must.",
          NewAccountForm.EMPTY,
          400);
      return;
    }
    boolean found =
        jdbi.inTransaction(
            h -> {
              if (accounts.byId(h, id).isEmpty()) {
                return false;
              }
              accounts.setActive(h, id, active);
              audit.record(
                  h,
                  actor,
                  Action.ACCOUNT_CHANGED,
                  null,
                  "account " + id,
                  active ? "reactivated" : "deactivated");
              return true;
            });
    if (!found) {
      users(ctx, "There is no such account.", NewAccountForm.EMPTY, 404);
      return;
    }
    Web.redirectWithNotice(ctx, "/admin/users", Notices.Key.ACCOUNT_CHANGED);
  }

  // ---- API tokens

  private void tokensPage(Context ctx, String error, int status) {
    ctx.status(status);
    Templates.page(
        ctx,
        "admin/tokens.jte",
        Web.params(
            Web.chrome(ctx, "API tokens", engine),
            "tokens",
            tokens.all(),
            "clinics",
            accounts.clinics(),
            "error",
            error));
  }

  private void issueToken(Context ctx) {
    Principal actor = Web.principal(ctx);
    String name = Web.form(ctx, "name");
    if (name.isEmpty() || name.length() > 100) {
      tokensPage(ctx, "Name the token (what will use it, up to 100 characters).", 400);
      return;
    }
    Clinic clinic;
    try {
      clinic = clinicById(existingClinic(Web.form(ctx, "clinicId")));
    } catch (AccountException e) {
      tokensPage(ctx, e.getMessage(), 400);
      return;
    }
    Long issuer = actor.accountId();
    if (issuer == null) {
      throw new IllegalStateException("an administrator's principal always has an account");
    }
    ApiTokens.Issued issued =
        jdbi.inTransaction(
            h -> {
              ApiTokens.Issued t = tokens.issue(h, name, clinic.id(), issuer);
              // the secret itself is never written anywhere but the one answer below
              audit.record(
                  h,
                  actor,
                  Action.TOKEN_ISSUED,
                  null,
                  "api token " + t.id(),
                  "\"" + name + "\" for clinic " + clinic.id());
              return t;
            });
    Templates.page(
        ctx,
        "admin/tokenIssued.jte",
        Web.params(
            Web.chrome(ctx, "API token issued", engine),
            "name",
            name,
            "clinic",
            clinic.name(),
            "secret",
            issued.secret()));
  }

  private Clinic clinicById(long id) {
    return accounts.clinics().stream()
        .filter(c -> c.id() == id)
        .findFirst()
        .orElseThrow(() -> new AccountException("Choose a clinic."));
  }

  private void revokeToken(Context ctx) {
    Principal actor = Web.principal(ctx);
    long id = Web.id(ctx, "id");
    boolean revoked =
        jdbi.inTransaction(
            h -> {
              if (!tokens.revoke(h, id)) {
                return false;
              }
              audit.record(h, actor, Action.TOKEN_REVOKED, null, "api token " + id, null);
              return true;
            });
    if (!revoked) {
      tokensPage(ctx, "That token does not exist or was already revoked.", 404);
      return;
    }
    Web.redirectWithNotice(ctx, "/admin/tokens", Notices.Key.TOKEN_REVOKED);
  }

  // ---- audit log

  private void auditPage(Context ctx) {
    Principal actor = Web.principal(ctx);
    Long patient = optionalId(ctx, "patient");
    Long before = optionalId(ctx, "before");
    List<AuditEvent> events = audit.newestOfAllClinics(patient, before, AUDIT_PAGE_SIZE);
    audit.record(
        actor,
        Action.VIEW,
        null,
        "audit log",
        patient == null ? null : "events about patient " + patient);
    Map<Long, String> clinicNames =
        accounts.clinics().stream().collect(Collectors.toMap(Clinic::id, Clinic::name));
    Templates.page(
        ctx,
        "admin/audit.jte",
        Web.params(
            Web.chrome(ctx, "Audit log", engine),
            "events",
            events,
            "clinicNames",
            clinicNames,
            "patient",
            patient == null ? "" : patient.toString(),
            "before",
            before == null ? "" : before.toString(),
            "older",
            events.size() == AUDIT_PAGE_SIZE ? events.get(events.size() - 1).id() : 0L));
  }

  private void auditCsv(Context ctx) throws IOException {
    Principal actor = Web.principal(ctx);
    Long patient = optionalId(ctx, "patient");
    // audited before it is written, so the export lists itself
    audit.record(
        actor,
        Action.EXPORT,
        null,
        "audit log",
        "CSV" + (patient == null ? "" : ", events about patient " + patient));
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"reassess-audit.csv\"");
    Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    out.write(AuditCsv.HEADER);
    Long before = null;
    while (true) {
      List<AuditEvent> batch = audit.newestOfAllClinics(patient, before, CSV_BATCH);
      out.write(AuditCsv.rows(batch));
      if (batch.size() < CSV_BATCH) {
        break;
      }
      before = batch.get(batch.size() - 1).id();
    }
    out.flush();
  }

  private static @Nullable Long optionalId(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      long id = Long.parseLong(raw.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new org.reassess.server.records.RecordException(
        "The " + name + " must be a positive whole number.");
  }

  /** What the new-account form held, given back when it has to be corrected. Immutable. */
  public record NewAccountForm(
      String username, String displayName, String role, String clinicId, String newClinic) {

    static final NewAccountForm EMPTY = new NewAccountForm("", "", "clinician", "", "");

    /** What is missing or wrong, or null when the form can be tried. */
    @Nullable String problem() {
      if (username.isEmpty() || displayName.isEmpty()) {
        return "Give the username and the name.";
      }
      if (username.length() > 100 || displayName.length() > 200 || newClinic.length() > 200) {
        return "The username is limited to 100 characters, names to 200.";
      }
      if (!role.equals(Role.CLINICIAN.wire()) && !role.equals(Role.ADMIN.wire())) {
        return "Choose the role: clinician or administrator.";
      }
      if (newClinic.isEmpty() && clinicId.isEmpty()) {
        return "Choose a clinic, or name a new one.";
      }
      return null;
    }

    public boolean isAdmin() {
      return Role.ADMIN.wire().equals(role);
    }

    public boolean inClinic(long id) {
      return clinicId.equals(Long.toString(id));
    }
  }
}
