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
import org.reassess.engine.Engine;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.casefile.CaseReader;
import org.reassess.engine.casefile.CaseValidationException;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.load.KbSource;
import org.reassess.engine.kb.load.KnowledgeBaseException;
import org.reassess.report.HtmlReport;
import org.reassess.report.PdfReport;

/** Rendering the clinician report of an assessment, warm: HTML alone, then HTML to PDF. */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class ReportBenchmark {

  private List<Assessment> assessments;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws KnowledgeBaseException, CaseValidationException {
    Engine engine =
        new Engine(KnowledgeBase.load(KbSource.classpath(getClass().getClassLoader(), "kb")));
    assessments = new ArrayList<>();
    for (byte[] json : BenchCases.load()) {
      assessments.add(engine.assess(CaseReader.strict().read(json)));
    }
  }

  private Assessment nextAssessment() {
    Assessment a = assessments.get(next);
    next = (next + 1) % assessments.size();
    return a;
  }

  @Benchmark
  public String html() {
    return HtmlReport.render(nextAssessment());
  }

  @Benchmark
  public byte[] pdf() {
    return PdfReport.render(nextAssessment());
  }
}
