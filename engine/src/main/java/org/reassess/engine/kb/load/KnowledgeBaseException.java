package org.reassess.engine.kb.load;

import java.util.List;
import java.util.stream.Collectors;

/** The knowledge base could not be loaded; carries every problem found, in file order. */
public final class KnowledgeBaseException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<KbIssue> issues;

  public KnowledgeBaseException(List<KbIssue> issues) {
    super(
        issues.size()
            + " problem(s) in the knowledge base:\n"
            + issues.stream().map(KbIssue::toString).collect(Collectors.joining("\n")));
    this.issues = List.copyOf(issues);
  }

  public List<KbIssue> issues() {
    return issues;
  }
}
