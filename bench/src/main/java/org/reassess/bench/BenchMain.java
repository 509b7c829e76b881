package org.reassess.bench;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs the engine benchmarks and reports each figure beside its baseline from the same run: the
 * machines are noisy, so ratios are what we compare across runs, not absolute times.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(EngineBenchmark.class.getSimpleName())
            .include(StagesBenchmark.class.getSimpleName())
            .include(ReportBenchmark.class.getSimpleName())
            .include(KbLoadBenchmark.class.getSimpleName())
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Statistics read = null;
    Statistics evaluate = null;
    Statistics load = null;
    Statistics diagnose = null;
    Statistics diagnoseAndPlan = null;
    Statistics html = null;
    Statistics pdf = null;
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      Result<?> primary = r.getPrimaryResult();
      if (name.endsWith("readCase")) {
        read = primary.getStatistics();
      } else if (name.endsWith("readAndEvaluate")) {
        evaluate = primary.getStatistics();
      } else if (name.endsWith("coldLoad")) {
        load = primary.getStatistics();
      } else if (name.endsWith(".diagnose")) {
        diagnose = primary.getStatistics();
      } else if (name.endsWith("diagnoseAndPlan")) {
        diagnoseAndPlan = primary.getStatistics();
      } else if (name.endsWith(".html")) {
        html = primary.getStatistics();
      } else if (name.endsWith(".pdf")) {
        pdf = primary.getStatistics();
      }
    }
    System.out.println();
    System.out.println("Reassess engine benchmark (per case, microseconds)");
    if (read != null && evaluate != null) {
      row("read + validate case JSON (floor)", read);
      row("read + validate + evaluate", evaluate);
      System.out.printf(
          Locale.ROOT,
          "ratio evaluate/floor: median %.2f, p99 %.2f%n",
          evaluate.getPercentile(50) / read.getPercentile(50),
          evaluate.getPercentile(99) / read.getPercentile(99));
    }
    if (diagnose != null && diagnoseAndPlan != null) {
      row("features, triage, differential, work-up", diagnose);
      row("... and the plan", diagnoseAndPlan);
      System.out.printf(
          Locale.ROOT,
          "planning adds: median %.0f%%, p99 %.0f%% (target: under 50%%)%n",
          100 * (diagnoseAndPlan.getPercentile(50) / diagnose.getPercentile(50) - 1),
          100 * (diagnoseAndPlan.getPercentile(99) / diagnose.getPercentile(99) - 1));
    }
    if (html != null && pdf != null) {
      System.out.printf(
          Locale.ROOT,
          "clinician report, warm, milliseconds: HTML median %.1f; PDF median %.1f, p99 %.1f"
              + " (target: under 1000); PDF/HTML %.1f%n",
          html.getPercentile(50),
          pdf.getPercentile(50),
          pdf.getPercentile(99),
          pdf.getPercentile(50) / html.getPercentile(50));
    }
    if (load != null) {
      System.out.printf(
          Locale.ROOT,
          "knowledge-base cold load: mean %.0f ms (max %.0f ms)%n",
          load.getMean(),
          load.getMax());
    }
  }

  private static void row(String label, Statistics s) {
    System.out.printf(
        Locale.ROOT,
        "%-36s median %8.1f  p99 %8.1f  (n=%d)%n",
        label,
        s.getPercentile(50),
        s.getPercentile(99),
        s.getN());
  }
}
