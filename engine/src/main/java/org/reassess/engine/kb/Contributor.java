package org.reassess.engine.kb;

import java.util.List;

/** A contributor of the fixed list (psychosocial and other amplifiers), reported beside causes. */
public record Contributor(
    String id, String name, Condition when, String why, List<String> tests, Rule rule) {
  public Contributor {
    tests = List.copyOf(tests);
  }
}
