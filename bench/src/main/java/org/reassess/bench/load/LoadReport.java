package org.reassess.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's figures as a Markdown table (printed, and saved beside the JSON) with each page's
 * server-side p95 also as a ratio to the baseline's, measured in the same run.
 */
record LoadReport(RunInfo run, List<KindSummary> pages) {

  /** The target of the issue: both pages answer at p95 under this, server-side. */
  static final double TARGET_P95_MILLIS = 50;

  /** How the run was made. */
  record RunInfo(
      String label,
      String startedAt,
      int users,
      int warmUpSeconds,
      int measuredSeconds,
      int thinkMillis,
      int patients,
      int cores,
      String java) {}

  LoadReport {
    pages = List.copyOf(pages);
  }

  KindSummary of(PageKind kind) {
    return pages.stream().filter(p -> p.kind() == kind).findFirst().orElseThrow();
  }

  /** A page's server-side p95 over the baseline's. */
  double ratioToBaseline(PageKind kind) {
    return of(kind).serverP95() / of(PageKind.HEALTH).serverP95();
  }

  boolean meetsTarget() {
    return of(PageKind.PATIENT_LIST).serverP95() < TARGET_P95_MILLIS
        && of(PageKind.ASSESSMENT).serverP95() < TARGET_P95_MILLIS
        && pages.stream().allMatch(p -> p.errors() == 0 && p.count() > 0);
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "Load benchmark, %s: %d patients, %d users, %d s warm-up + %d s measured, think time"
                + " %d ms; %d cores, Java %s; %s%n%n",
            run.label(),
            run.patients(),
            run.users(),
            run.warmUpSeconds(),
            run.measuredSeconds(),
            run.thinkMillis(),
            run.cores(),
            run.java(),
            run.startedAt()));
    md.append(
        "| page | requests | errors | req/s | server p50 | server p95 | server p99 | client p50"
            + " | client p95 | client p99 | server p95 / baseline |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (KindSummary s : pages) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %.0f | %s | %s | %s | %s | %s | %s | %.1f |%n",
              s.kind().label,
              s.count(),
              s.errors(),
              s.perSecond(),
              ms(s.serverP50()),
              ms(s.serverP95()),
              ms(s.serverP99()),
              ms(s.clientP50()),
              ms(s.clientP95()),
              ms(s.clientP99()),
              ratioToBaseline(s.kind())));
    }
    md.append(
        String.format(
            Locale.ROOT,
            "%nTarget: patient list and assessment page p95 under %.0f ms server-side, no errors:"
                + " %s%n",
            TARGET_P95_MILLIS,
            meetsTarget() ? "met" : "NOT met"));
    return md.toString();
  }

  private static String ms(double v) {
    return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f ms", v);
  }

  /** Writes {@code <name>.md} and {@code <name>.json} into {@code dir}. */
  void save(Path dir, String name) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("run", run);
    json.put("pages", pages);
    Map<String, Double> ratios = new LinkedHashMap<>();
    for (KindSummary s : pages) {
      ratios.put(s.kind().name(), ratioToBaseline(s.kind()));
    }
    json.put("serverP95RatioToBaseline", ratios);
    json.put("targetP95Millis", TARGET_P95_MILLIS);
    json.put("targetMet", meetsTarget());
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name + ".md"), markdown());
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(dir.resolve(name + ".json").toFile(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
