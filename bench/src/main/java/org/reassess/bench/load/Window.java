package org.reassess.bench.load;

import java.time.Duration;

/** The run's clock: a warm-up, then the measured period; only requests started inside it count. */
record Window(long measureFromNanos, long endNanos) {

  static Window startingNow(Duration warmUp, Duration measured) {
    long now = System.nanoTime();
    long from = now + warmUp.toNanos();
    return new Window(from, from + measured.toNanos());
  }

  boolean measuring(long nanos) {
    return nanos >= measureFromNanos && nanos < endNanos;
  }

  boolean over() {
    return System.nanoTime() >= endNanos;
  }

  double measuredSeconds() {
    return (endNanos - measureFromNanos) / 1e9;
  }
}
