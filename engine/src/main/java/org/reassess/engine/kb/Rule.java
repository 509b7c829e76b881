package org.reassess.engine.kb;

import java.util.List;

/**
 * What every statement of the knowledge base carries so that an assessment can be traced to it: the
 * file and rule it came from, the evidence grade and the citations.
 *
 * @param ref {@code "causes/recurrent_disc_herniation.yaml#concordant_disc_on_imaging"}
 * @param evidence grade of the evidence
 * @param citations at least one
 * @param location where the rule was written
 */
public record Rule(
    String ref, Evidence evidence, List<Citation> citations, SourceLocation location) {
  public Rule {
    citations = List.copyOf(citations);
  }
}
