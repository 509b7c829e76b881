package org.reassess.bench.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The load generator: {@code --users} virtual clinicians on loopback against a running server
 * seeded by {@link Seed}, a warm-up, then a measured period; prints the Markdown table and saves it
 * with a JSON copy under {@code --out}. Exit status 0 whether or not the target is met (the table
 * says so); 1 when the run itself failed.
 *
 * <p>Usage: {@code LoadRun --base http://127.0.0.1:PORT --targets FILE [--users 20] [--warmup 15]
 * [--measure 60] [--think-ms 0] [--label NAME] [--out bench/results] [--user bench]}; the password
 * from {@code BENCH_PASSWORD}.
 */
public final class LoadRun {

  private LoadRun() {}

  public static void main(String[] args)
      throws IOException, InterruptedException, ExecutionException {
    Flags flags = Flags.parse(args);
    String base = flags.required("base");
    List<Target> targets = Target.read(Path.of(flags.required("targets")));
    int users = flags.number("users", 20);
    int warmUp = flags.number("warmup", 15);
    int measured = flags.number("measure", 60);
    int think = flags.number("think-ms", 0);
    String label = flags.text("label", "server");
    String password = Seed.envOr("BENCH_PASSWORD", Seed.DEFAULT_PASSWORD);
    Instant startedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    List<VirtualUser> crowd = new ArrayList<>();
    for (int i = 0; i < users; i++) {
      VirtualUser user =
          new VirtualUser(
              base, flags.text("user", "bench"), password, targets, Duration.ofMillis(think), i);
      // sign-in (one Argon2 hash each) happens before the clock starts: it is not what is measured
      user.signIn();
      crowd.add(user);
    }
    Window window = Window.startingNow(Duration.ofSeconds(warmUp), Duration.ofSeconds(measured));
    List<Sample> samples = new ArrayList<>();
    int failedOutside = 0;
    ExecutorService pool = Executors.newFixedThreadPool(users);
    try {
      List<Future<List<Sample>>> running = new ArrayList<>();
      for (VirtualUser user : crowd) {
        running.add(pool.submit(() -> user.run(window)));
      }
      for (int i = 0; i < running.size(); i++) {
        samples.addAll(running.get(i).get());
        failedOutside += crowd.get(i).failuresOutsideWindow();
      }
    } finally {
      pool.shutdownNow();
    }

    List<KindSummary> pages = new ArrayList<>();
    for (PageKind kind : PageKind.values()) {
      pages.add(KindSummary.of(kind, samples, window.measuredSeconds()));
    }
    LoadReport report =
        new LoadReport(
            new LoadReport.RunInfo(
                label,
                startedAt.toString(),
                users,
                warmUp,
                measured,
                think,
                targets.size(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")),
            pages);
    System.out.print(report.markdown());
    if (failedOutside > 0) {
      System.out.println(failedOutside + " requests failed during the warm-up.");
    }
    String name = "load-" + label + "-" + startedAt.toString().replace(":", "");
    report.save(Path.of(flags.text("out", "bench/results")), name);
    System.out.println(
        "saved " + Path.of(flags.text("out", "bench/results")).resolve(name) + ".{md,json}");
  }
}
