package org.reassess.engine.casefile;

import java.util.List;

/**
 * A case document that is not valid {@code reassess-case/1}, with every problem found in it (never
 * only the first). Thrown by {@link CaseReader} for any bad content; I/O failures are not this.
 */
public final class CaseValidationException extends Exception {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // List.copyOf returns a serializable list; the type cannot say so
  private final List<ValidationIssue> issues;

  /** Creates the exception; {@code issues} must not be empty. */
  public CaseValidationException(List<ValidationIssue> issues) {
    super(summary(issues));
    this.issues = List.copyOf(issues);
  }

  /** Every problem found, in the order the reader met them; never empty. */
  public List<ValidationIssue> issues() {
    return issues;
  }

  /**
   * Names only how many problems there are and where the first one is: messages quote input values,
   * and an exception message tends to end up in a log, where patient data must not go.
   */
  private static String summary(List<ValidationIssue> issues) {
    if (issues.isEmpty()) {
      throw new IllegalArgumentException("a validation failure needs at least one issue");
    }
    String first = issues.get(0).pointer();
    String where = first.isEmpty() ? "the document as a whole" : first;
    String count = issues.size() == 1 ? "1 problem" : issues.size() + " problems";
    return "invalid case: " + count + ", the first at " + where;
  }
}
