package org.reassess.engine.kb;

import java.util.List;
import org.reassess.engine.features.Features;

/**
 * A compiled, type-checked boolean expression of the knowledge base. Evaluation follows CEL's
 * logic: a feature the case does not tell makes the result {@link Truth#UNKNOWN}, unless the rest
 * of the expression decides it ({@code false && x} is false, {@code true || x} is true).
 */
public interface Condition {

  /** The expression as written. */
  String expression();

  /** Where it was written. */
  SourceLocation location();

  /** The features the expression reads, in the order they first appear. */
  List<String> features();

  Truth evaluate(Features features);
}
