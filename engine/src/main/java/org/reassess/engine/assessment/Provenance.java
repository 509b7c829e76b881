package org.reassess.engine.assessment;

import java.util.List;
import org.reassess.engine.kb.Citation;
import org.reassess.engine.kb.Rule;

/**
 * Where a statement of the assessment comes from: the knowledge-base rule ({@code
 * causes/pseudarthrosis.yaml#ct_non_union}), its evidence grade ({@code nv} carries the reference's
 * "not verified" label) and its citations.
 */
public record Provenance(String rule, String evidence, List<Citation> citations) {
  public Provenance {
    citations = List.copyOf(citations);
  }

  public static Provenance of(Rule rule) {
    return new Provenance(rule.ref(), rule.evidence().wire(), rule.citations());
  }
}
