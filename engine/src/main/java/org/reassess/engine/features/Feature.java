package org.reassess.engine.features;

import java.util.List;

/**
 * One typed fact derived from a case, under the name knowledge-base expressions use. A feature that
 * the case does not let us know is simply absent from {@link Features}: expressions that need it
 * evaluate to "unknown", never to {@code false}.
 *
 * @param name the variable name in expressions
 * @param type its type
 * @param values for {@link FeatureType#STRING} and {@link FeatureType#STRING_LIST}, every value it
 *     can take (empty for free numbers and booleans)
 * @param meaning one sentence: what it is and where it comes from
 */
public record Feature(String name, FeatureType type, List<String> values, String meaning) {
  public Feature {
    values = List.copyOf(values);
  }
}
