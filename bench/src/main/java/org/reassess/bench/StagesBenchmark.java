package org.reassess.bench;

import java.util.ArrayList;
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
import org.openjdk.jmh.infra.Blackhole;
import org.reassess.engine.assessment.CauseResult;
import org.reassess.engine.assessment.Triage;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseReader;
import org.reassess.engine.casefile.CaseValidationException;
import org.reassess.engine.differential.DifferentialStage;
import org.reassess.engine.features.FeatureDeriver;
import org.reassess.engine.features.Features;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.load.KbSource;
import org.reassess.engine.kb.load.KnowledgeBaseException;
import org.reassess.engine.plan.PlanStage;
import org.reassess.engine.triage.TriageStage;
import org.reassess.engine.workup.WorkupStage;

/**
 * What planning adds to the engine, measured in one run: {@code diagnose} runs features, triage,
 * differential and work-up on already-read cases; {@code diagnoseAndPlan} adds the plan.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StagesBenchmark {

  private List<CaseDocument> cases;
  private KnowledgeBase kb;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws KnowledgeBaseException, CaseValidationException {
    kb = KnowledgeBase.load(KbSource.classpath(getClass().getClassLoader(), "kb"));
    cases = new ArrayList<>();
    for (byte[] json : BenchCases.load()) {
      cases.add(CaseReader.strict().read(json));
    }
  }

  private CaseDocument nextCase() {
    CaseDocument c = cases.get(next);
    next = (next + 1) % cases.size();
    return c;
  }

  @Benchmark
  public void diagnose(Blackhole out) {
    Features f = FeatureDeriver.derive(nextCase(), kb.parameters());
    Triage t = TriageStage.assess(f, kb);
    List<CauseResult> d = DifferentialStage.assess(f, kb);
    out.consume(WorkupStage.suggest(f, kb, t, d));
  }

  @Benchmark
  public void diagnoseAndPlan(Blackhole out) {
    Features f = FeatureDeriver.derive(nextCase(), kb.parameters());
    Triage t = TriageStage.assess(f, kb);
    List<CauseResult> d = DifferentialStage.assess(f, kb);
    out.consume(WorkupStage.suggest(f, kb, t, d));
    out.consume(PlanStage.plan(f, kb, t, d));
  }
}
