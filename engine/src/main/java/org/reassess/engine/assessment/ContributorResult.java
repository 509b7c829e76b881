package org.reassess.engine.assessment;

import java.util.Map;

/** A contributor present in the case, reported beside the causes, not mixed into them. */
public record ContributorResult(
    String id, String name, String why, Map<String, Object> facts, Provenance source) {
  public ContributorResult {
    facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
  }
}
