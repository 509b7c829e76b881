package org.reassess.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.reassess.engine.Engine;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseReader;
import org.reassess.engine.casefile.CaseValidationException;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.load.KbSource;
import org.reassess.engine.kb.load.KnowledgeBaseException;

/**
 * Single-case evaluation against its floor, measured in the same run: {@code readCase} parses and
 * validates the case JSON (what any evaluation must do first); {@code readAndEvaluate} does that
 * and evaluates. Each invocation takes the next case of the vignette suite and the examples, so the
 * distribution covers every clinical picture. Sample mode gives the median and p99 per case.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

  private List<byte[]> cases;
  private CaseReader reader;
  private Engine engine;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws KnowledgeBaseException {
    cases = BenchCases.load();
    reader = CaseReader.strict();
    engine = new Engine(KnowledgeBase.load(KbSource.classpath(getClass().getClassLoader(), "kb")));
  }

  private byte[] nextCase() {
    byte[] json = cases.get(next);
    next = (next + 1) % cases.size();
    return json;
  }

  @Benchmark
  public CaseDocument readCase() throws CaseValidationException {
    return reader.read(nextCase());
  }

  @Benchmark
  public Assessment readAndEvaluate() throws CaseValidationException {
    return engine.assess(reader.read(nextCase()));
  }
}
