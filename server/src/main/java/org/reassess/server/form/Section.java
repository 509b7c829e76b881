package org.reassess.server.form;

import java.util.List;

/**
 * One part of the consultation, in the order a visit goes.
 *
 * @param id the fragment identifier of its fieldset
 * @param legend its heading
 * @param optional whether it is bulky and usually folded away ({@code <details>})
 * @param entries what it asks
 */
public record Section(String id, String legend, boolean optional, List<Entry> entries) {

  public Section {
    entries = List.copyOf(entries);
  }
}
