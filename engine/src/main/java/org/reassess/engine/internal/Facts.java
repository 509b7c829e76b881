package org.reassess.engine.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.reassess.engine.features.FeatureCatalog;
import org.reassess.engine.features.Features;
import org.reassess.engine.kb.Condition;

/**
 * The case facts a condition read: the trace behind each statement. Unknown features are left out.
 */
public final class Facts {
  private Facts() {}

  public static Map<String, Object> of(Condition condition, Features features) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (String name : condition.features()) {
      if (name.equals(FeatureCatalog.KNOWN)) {
        // the list of every known feature says nothing a reader needs here
        continue;
      }
      features.get(name).ifPresent(value -> out.put(name, value));
    }
    return out;
  }
}
