package org.reassess.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import org.reassess.engine.Engine;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.load.KbSource;
import org.reassess.engine.kb.load.KnowledgeBaseException;
import org.reassess.server.api.Api;
import org.reassess.server.audit.AuditLog;
import org.reassess.server.auth.Accounts;
import org.reassess.server.auth.ApiTokens;
import org.reassess.server.auth.LoginThrottle;
import org.reassess.server.auth.PasswordHasher;
import org.reassess.server.auth.Sessions;
import org.reassess.server.auth.SetupTokens;
import org.reassess.server.db.Database;
import org.reassess.server.demo.DemoData;
import org.reassess.server.error.ErrorMapping;
import org.reassess.server.records.Outcomes;
import org.reassess.server.records.PatientRecords;
import org.reassess.server.web.AdminPages;
import org.reassess.server.web.AssessmentPages;
import org.reassess.server.web.AuthPages;
import org.reassess.server.web.CasePages;
import org.reassess.server.web.Htmx;
import org.reassess.server.web.OutcomePages;
import org.reassess.server.web.PatientPages;
import org.reassess.server.web.RequestGuard;

/**
 * The composition root: configuration → database → knowledge base → Javalin. The only place that
 * wires the server together; {@link #start} returns a running server that {@link #close()} stops.
 */
public final class ReassessServer implements AutoCloseable {

  /** Largest request body: a 5 MB case file plus the multipart envelope. */
  static final long MAX_REQUEST_BYTES = 6L * 1024 * 1024;

  private final Javalin app;
  private final Database database;
  private final String setupLink;

  private ReassessServer(Javalin app, Database database, String setupLink) {
    this.app = app;
    this.database = database;
    this.setupLink = setupLink;
  }

  /**
   * Starts the server. On a database without accounts, a one-time setup link for the first
   * administrator is printed to {@code console} (there is no default password).
   */
  public static ReassessServer start(ServerConfig config, PrintStream console) {
    return start(config, console, Clock.systemUTC(), PasswordHasher.standard());
  }

  /** Starts with a given clock and password cost (tests use a cheaper hash). */
  public static ReassessServer start(
      ServerConfig config, PrintStream console, Clock clock, PasswordHasher hasher) {
    Engine engine = new Engine(knowledgeBase());
    Database database = Database.open(config.jdbcUrl(), config.dbUser(), config.dbPassword(), 16);
    try {
      return wire(config, console, clock, hasher, engine, database);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static ReassessServer wire(
      ServerConfig config,
      PrintStream console,
      Clock clock,
      PasswordHasher hasher,
      Engine engine,
      Database database) {
    var jdbi = database.jdbi();
    AuditLog audit = new AuditLog(jdbi, clock);
    Accounts accounts = new Accounts(jdbi, hasher, clock);
    Sessions sessions = new Sessions(jdbi, clock);
    SetupTokens setupTokens = new SetupTokens(jdbi, clock);
    ApiTokens apiTokens = new ApiTokens(jdbi, clock);
    PatientRecords records = new PatientRecords(jdbi, engine, audit, clock);
    Outcomes outcomes = new Outcomes(jdbi, engine.knowledgeBase(), records, audit, clock);
    // the list shows stored statuses: a new knowledge base may judge them differently
    outcomes.rejudgeStatusesOfEarlierKnowledgeBases();
    if (config.demo()) {
      new DemoData(jdbi, accounts, records, outcomes, clock).addIfEmpty();
    }
    RequestGuard guard = new RequestGuard(sessions, apiTokens, config.secureCookies());
    ErrorMapping errors = new ErrorMapping(engine);
    AuthPages auth =
        new AuthPages(
            jdbi,
            accounts,
            sessions,
            setupTokens,
            new LoginThrottle(jdbi, clock),
            audit,
            engine,
            guard);
    PatientPages patients = new PatientPages(records, outcomes, clock);
    OutcomePages outcomePages = new OutcomePages(outcomes, patients);
    AssessmentPages assessments = new AssessmentPages(records);
    CasePages cases = new CasePages(records, clock);
    Htmx htmx = new Htmx();
    AdminPages admin = new AdminPages(jdbi, accounts, apiTokens, audit, engine);
    Api api = new Api(records, outcomes, audit);

    Javalin app =
        Javalin.create(
            cfg -> {
              cfg.jetty.host = config.host();
              cfg.jetty.port = config.port();
              cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
              cfg.startup.showJavalinBanner = false;
              cfg.staticFiles.add(
                  s -> {
                    s.hostedPath = "/static";
                    s.directory = "/static";
                    s.location = Location.CLASSPATH;
                  });
              cfg.routes.before(guard::before);
              cfg.routes.after(guard::after);
              errors.register(cfg.routes);
              auth.register(cfg.routes);
              patients.register(cfg.routes);
              assessments.register(cfg.routes);
              outcomePages.register(cfg.routes);
              cases.register(cfg.routes);
              htmx.register(cfg.routes);
              admin.register(cfg.routes);
              api.register(cfg.routes);
            });
    app.start();
    String link = "";
    if (!accounts.anyExist()) {
      link = config.baseUrl(app.port()) + "/setup?token=" + setupTokens.issue();
      console.println(
          "Reassess: no administrator yet. Open this one-time link to create one"
              + " (valid 24 hours, usable once):");
      console.println("  " + link);
    }
    console.println(
        "Reassess is running at "
            + config.baseUrl(app.port())
            + " (knowledge base "
            + engine.knowledgeBase().version()
            + ", database "
            + database.vendor().name().toLowerCase(java.util.Locale.ROOT)
            + "). Decision support — not a diagnosis.");
    return new ReassessServer(app, database, link);
  }

  private static KnowledgeBase knowledgeBase() {
    try {
      return KnowledgeBase.load(KbSource.classpath(ReassessServer.class.getClassLoader(), "kb"));
    } catch (KnowledgeBaseException e) {
      throw new IllegalStateException("the bundled knowledge base does not load", e);
    }
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The one-time setup link printed at start, or empty when an account already exists. */
  public String setupLink() {
    return setupLink;
  }

  /** Every registered HTTP route as {@code "GET /api/patients"} (the OpenAPI test reads them). */
  public List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(r -> r.endpoint.method.name() + " " + r.endpoint.path)
        .toList();
  }

  public Database database() {
    return database;
  }

  @Override
  public void close() {
    app.stop();
    database.close();
  }
}
