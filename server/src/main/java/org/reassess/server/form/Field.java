package org.reassess.server.form;

import java.util.List;

/**
 * One field of the form, described once: where it goes in the case, how it is entered, what the
 * clinician reads.
 *
 * @param path the field's name with its repeated groups left open: {@code "surgeries[].date"}
 * @param label the visible label
 * @param kind how it is entered
 * @param choices the values a {@link Kind#CHOICE} or {@link Kind#MULTI} field offers, else empty
 * @param findingTypes for an attribute of an imaging finding, the finding types it belongs to;
 *     empty for every other field
 * @param hint a short help text shown under the label ({@code ""} for none): ranges, units
 */
public record Field(
    String path,
    String label,
    Kind kind,
    List<Choice> choices,
    List<String> findingTypes,
    String hint)
    implements Entry {

  public Field {
    choices = List.copyOf(choices);
    findingTypes = List.copyOf(findingTypes);
  }

  /** The last name of the path: {@code "date"} for {@code "surgeries[].date"}. */
  public String leaf() {
    return path.substring(path.lastIndexOf('.') + 1);
  }
}
