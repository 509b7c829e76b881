package org.reassess.server.form;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Form names ({@code "imaging[0].findings[1].level"}), their open paths and element ids. */
public final class FormNames {

  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private FormNames() {}

  /** The name with its indexes left open: {@code "imaging[].findings[].level"}. */
  public static String open(String name) {
    return INDEX.matcher(name).replaceAll("[]");
  }

  /** The indexes in the name, outermost first. */
  static List<Integer> indexes(String name) {
    List<Integer> out = new ArrayList<>();
    Matcher m = INDEX.matcher(name);
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }

  /**
   * The HTML id of the element for this name: {@code "f-imaging-0-findings-1-level"}. Only letters,
   * digits and hyphens, so it is safe in a fragment link and a CSS selector.
   */
  public static String id(String name) {
    StringBuilder out = new StringBuilder("f-");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '[' || c == '.') {
        out.append('-');
      } else if (Character.isLetterOrDigit(c) && c < 128) {
        out.append(c);
      } else if (c != ']') {
        out.append('_');
      }
    }
    return out.toString();
  }

  /** The id of one option of a checkbox or radio group. */
  public static String optionId(String name, String value) {
    return id(name) + "--" + (value.isEmpty() ? "unknown" : id(value).substring(2));
  }
}
