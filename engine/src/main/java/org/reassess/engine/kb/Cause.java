package org.reassess.engine.kb;

import java.util.List;

/** A pain generator of the fixed list with its prior and the findings that move it. */
public record Cause(
    String id,
    String name,
    Prior prior,
    List<Finding> findings,
    java.util.Optional<BeforeActing> beforeActing) {
  public Cause {
    findings = List.copyOf(findings);
  }

  /**
   * Tests to do before acting on this cause once it is likely (reference §5.1, "minimum
   * confirmation before acting"): they come first in the work-up after red-flag tests.
   */
  public record BeforeActing(List<String> tests, String why, Rule rule) {
    public BeforeActing {
      tests = List.copyOf(tests);
    }
  }

  /** Pre-test probability, adjusted by facts such as the timing class or the index procedure. */
  public record Prior(double probability, Rule rule, List<Adjustment> adjustments) {
    public Prior {
      adjustments = List.copyOf(adjustments);
    }
  }

  /** Multiplies the prior odds by {@code factor} when {@code when} is true. */
  public record Adjustment(Condition when, double factor, String why, Rule rule) {}

  /**
   * A finding and its likelihood ratios: present multiplies the odds by {@code lrPositive}, absent
   * by {@code lrNegative}; missing moves nothing and names the {@code tests} that would tell.
   */
  public record Finding(
      String id,
      String label,
      Condition when,
      double lrPositive,
      double lrNegative,
      List<String> tests,
      Rule rule) {
    public Finding {
      tests = List.copyOf(tests);
    }
  }
}
