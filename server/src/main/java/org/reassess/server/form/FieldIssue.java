package org.reassess.server.form;

/**
 * One problem shown on the form, next to the field it concerns and in the summary at the top.
 *
 * @param field the form name it belongs to: a field ({@code "surgeries[0].date"}), a repeated group
 *     or one of its rows ({@code "surgeries"}, {@code "imaging[1]"}), or {@code ""} for the case as
 *     a whole (shown in the summary only)
 * @param label what the clinician calls that place ("Date of surgery")
 * @param message what is wrong: the case reader's message, or the form's own for text that is not a
 *     number
 */
public record FieldIssue(String field, String label, String message) {

  /** The id of the element the summary links to, or {@code ""} for the case as a whole. */
  public String targetId() {
    return field.isEmpty() ? "" : FormNames.id(field);
  }
}
