package org.reassess.bench.load;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reassess.engine.Engine;
import org.reassess.engine.casefile.CaseValidationException;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.load.KbSource;
import org.reassess.engine.kb.load.KnowledgeBaseException;
import org.reassess.server.audit.AuditLog;
import org.reassess.server.auth.Accounts;
import org.reassess.server.auth.PasswordHasher;
import org.reassess.server.auth.Principal;
import org.reassess.server.auth.Role;
import org.reassess.server.db.Database;
import org.reassess.server.records.PatientRecords;

/**
 * Fills an empty Reassess database for the load benchmark: migrates it with the server's own {@link
 * Database}, creates a clinic and a clinician account, and adds {@code --patients} invented
 * patients whose cases are the varied examples, each evaluated by the real engine. Writes the
 * patients' latest assessments to {@code --targets} for the load generator.
 *
 * <p>{@code --mode batch} (default) inserts with batched statements; {@code --mode records} goes
 * through {@code PatientRecords} one patient at a time, to compare the two rates.
 *
 * <p>Usage: {@code Seed --db URL [--db-user U] --targets FILE [--patients 10000] [--examples DIR]
 * [--user bench]}; the database password from {@code REASSESS_DB_PASSWORD}, the account's from
 * {@code BENCH_PASSWORD}.
 */
public final class Seed {

  static final String CLINIC = "Load benchmark clinic";
  static final String DEFAULT_PASSWORD = "load-benchmark-only";

  private Seed() {}

  public static void main(String[] args) throws KnowledgeBaseException, CaseValidationException {
    Flags flags = Flags.parse(args);
    String url = flags.required("db");
    Path targetsFile = Path.of(flags.required("targets"));
    int count = flags.number("patients", 10_000);
    String username = flags.text("user", "bench");
    String password = envOr("BENCH_PASSWORD", DEFAULT_PASSWORD);
    SeedCases cases = SeedCases.fromExamples(Path.of(flags.text("examples", "examples")));
    Engine engine =
        new Engine(KnowledgeBase.load(KbSource.classpath(Seed.class.getClassLoader(), "kb")));
    Clock clock = Clock.systemUTC();
    try (Database db =
        Database.open(
            url, flags.values().get("db-user"), System.getenv("REASSESS_DB_PASSWORD"), 4)) {
      var jdbi = db.jdbi();
      Accounts accounts = new Accounts(jdbi, PasswordHasher.standard(), clock);
      Principal actor =
          jdbi.inTransaction(
              h -> {
                long clinic = accounts.clinic(h, CLINIC);
                long account =
                    accounts.create(
                        h,
                        new Accounts.NewAccount(
                            username, "Load Benchmark", password, Role.CLINICIAN, clinic));
                return new Principal(
                    account, username, "Load Benchmark", Role.CLINICIAN, clinic, CLINIC, null);
              });
      long started = System.nanoTime();
      List<Target> targets;
      if (flags.text("mode", "batch").equals("records")) {
        PatientRecords records = new PatientRecords(jdbi, engine, new AuditLog(jdbi, clock), clock);
        targets = throughRecords(records, actor, cases, count);
      } else {
        targets = new BatchSeeder(jdbi, engine, cases, actor).seed(count);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      Target.write(targetsFile, targets);
      System.out.printf(
          Locale.ROOT,
          "seeded %d patients on %s in %.1f s (%.0f patients/s, mode %s)%n",
          targets.size(),
          db.vendor().name().toLowerCase(Locale.ROOT),
          seconds,
          targets.size() / seconds,
          flags.text("mode", "batch"));
    }
  }

  /** One transaction per patient and per revision, as the web form and the API save them. */
  private static List<Target> throughRecords(
      PatientRecords records, Principal actor, SeedCases cases, int count)
      throws CaseValidationException {
    List<Target> targets = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      long pid =
          records.createPatient(actor, "Patient " + n, String.format(Locale.ROOT, "R%06d", n));
      long aid = 0;
      for (int r = 1; r <= (n % 4 == 3 ? 2 : 1); r++) {
        aid = records.saveRevision(actor, pid, cases.caseOf(n, r), "import").assessmentId();
      }
      targets.add(new Target(pid, aid));
    }
    return targets;
  }

  static String envOr(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isEmpty() ? fallback : v;
  }
}
