package org.reassess.server.form;

import java.util.List;

/**
 * A repeated group of the case (an array of objects): surgeries, imaging studies and their
 * findings, blocks, treatments, examination rows, electrodiagnostic studies.
 *
 * @param path the array's name with enclosing groups left open: {@code "imaging[].findings"}
 * @param legend the group's heading
 * @param rowLegend what one row is called, numbered when shown ("Surgery 2")
 * @param entries the row's fields and nested groups
 * @param keys names of fields that only place a row (the root and side of a grid cell): a row whose
 *     only values are keys is blank
 * @param alwaysPresent whether a row carries the array even when it has no rows: an imaging study's
 *     {@code findings} is required, and empty means a normal study
 */
public record Group(
    String path,
    String legend,
    String rowLegend,
    List<Entry> entries,
    List<String> keys,
    boolean alwaysPresent)
    implements Entry {

  public Group {
    entries = List.copyOf(entries);
    keys = List.copyOf(keys);
  }

  /** The last name of the path: {@code "findings"}. */
  public String leaf() {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
