package org.reassess.engine.assessment;

import java.util.Map;

/**
 * One reason the engine gives, with the case facts it rests on and its provenance.
 *
 * @param id the rule's id within its entry
 * @param text the reason in words
 * @param facts the features the rule read and their values in this case (absent = not known)
 */
public record Statement(String id, String text, Map<String, Object> facts, Provenance source) {
  public Statement {
    facts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facts));
  }
}
