package org.reassess.engine.kb.load;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Collects knowledge-base problems so that all of them are reported at once, in file order. */
final class Issues {
  private final List<KbIssue> found = new ArrayList<>();

  void at(String file, Node node, String message) {
    found.add(
        new KbIssue(
            file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1, message));
  }

  void at(String file, int line, int column, String message) {
    found.add(new KbIssue(file, line, column, message));
  }

  boolean isEmpty() {
    return found.isEmpty();
  }

  List<KbIssue> sorted() {
    return found.stream().sorted().distinct().toList();
  }
}
