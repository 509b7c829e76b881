package org.reassess.engine.casefile;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found while reading one document, in the order they were met. Mutable and confined
 * to one read; never shared between threads.
 */
final class Issues {

  /**
   * More problems than this say nothing new to a person and only cost memory (a 5 MB list of wrong
   * values would otherwise yield millions of issues).
   */
  static final int MAX_LISTED = 1000;

  private final List<ValidationIssue> list = new ArrayList<>();
  private int dropped;

  void add(String pointer, String message) {
    if (list.size() < MAX_LISTED) {
      list.add(new ValidationIssue(pointer, message));
    } else {
      dropped++;
    }
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  /** Every issue, with a closing note when some were left out. */
  List<ValidationIssue> all() {
    if (dropped == 0) {
      return List.copyOf(list);
    }
    List<ValidationIssue> all = new ArrayList<>(list);
    all.add(new ValidationIssue("", dropped + " more problems are not listed"));
    return List.copyOf(all);
  }
}
