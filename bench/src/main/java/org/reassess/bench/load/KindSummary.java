package org.reassess.bench.load;

import java.util.List;

/**
 * The figures of one page kind over the measured period: counts, percentiles (nearest rank) of the
 * server-side and the client-side time in milliseconds, and requests per second.
 */
record KindSummary(
    PageKind kind,
    int count,
    int errors,
    double serverP50,
    double serverP95,
    double serverP99,
    double clientP50,
    double clientP95,
    double clientP99,
    double perSecond) {

  static KindSummary of(PageKind kind, List<Sample> all, double seconds) {
    List<Sample> mine = all.stream().filter(s -> s.kind() == kind).toList();
    List<Sample> ok = mine.stream().filter(Sample::ok).toList();
    double[] server = ok.stream().mapToDouble(Sample::serverMillis).sorted().toArray();
    double[] client = ok.stream().mapToDouble(Sample::clientMillis).sorted().toArray();
    return new KindSummary(
        kind,
        mine.size(),
        mine.size() - ok.size(),
        percentile(server, 50),
        percentile(server, 95),
        percentile(server, 99),
        percentile(client, 50),
        percentile(client, 95),
        percentile(client, 99),
        mine.size() / seconds);
  }

  /** Nearest-rank percentile of sorted values; NaN when there are none. */
  static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.min(sorted.length, Math.max(rank, 1)) - 1];
  }
}
