package org.reassess.server.records;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Outcome measurements were not saved: each entry names the measure (or {@code "measuredOn"}) and
 * what is wrong with it, in the same words as {@code ./reassess validate}. Nothing was saved.
 */
public final class OutcomeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Map<String, String> problems;

  public OutcomeException(Map<String, String> problems) {
    super("outcome measurements not saved: " + problems.size() + " problem(s)");
    // in the order they were found (the form's order), which Map.copyOf would not keep
    this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
  }

  public Map<String, String> problems() {
    return problems;
  }
}
