package org.reassess.engine.assessment;

import java.util.List;

/**
 * A test still worth doing, with why.
 *
 * @param reasons each red flag, cause or contributor that asks for it
 * @param value the value of information that ranked it (red-flag tests rank first regardless)
 */
public record WorkupSuggestion(
    String test, String name, String why, List<String> reasons, double value, Provenance source) {
  public WorkupSuggestion {
    reasons = List.copyOf(reasons);
  }
}
