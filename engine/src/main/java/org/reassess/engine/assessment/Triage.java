package org.reassess.engine.assessment;

import java.util.List;

/**
 * Urgency first: the tier, the red flags raised (each with the triggers that raised it) and the
 * escalations that are not red flags.
 */
public record Triage(String tier, List<RaisedRedFlag> redFlags, List<Statement> reasons) {
  public Triage {
    redFlags = List.copyOf(redFlags);
    reasons = List.copyOf(reasons);
  }

  /** A red flag of the fixed list raised by one or more triggers. */
  public record RaisedRedFlag(
      String id,
      String name,
      String tier,
      String why,
      String action,
      List<Statement> triggers,
      List<String> demandsTests,
      Provenance source) {
    public RaisedRedFlag {
      triggers = List.copyOf(triggers);
      demandsTests = List.copyOf(demandsTests);
    }
  }
}
