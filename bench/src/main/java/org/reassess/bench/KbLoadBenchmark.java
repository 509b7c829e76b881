package org.reassess.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.load.KbSource;
import org.reassess.engine.kb.load.KnowledgeBaseException;

/**
 * Loading the built-in knowledge base: parse every YAML file, compile and check every condition.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 5)
@Fork(3)
public class KbLoadBenchmark {

  /** Cold: the first load in a fresh JVM, as a server or CLI start pays it. */
  @Benchmark
  public KnowledgeBase coldLoad() throws KnowledgeBaseException {
    return KnowledgeBase.load(KbSource.classpath(KbLoadBenchmark.class.getClassLoader(), "kb"));
  }
}
