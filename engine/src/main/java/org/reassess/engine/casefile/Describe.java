package org.reassess.engine.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/** Words for JSON values in issue messages ({@code text "abc"}, {@code 12.5}). Stateless. */
final class Describe {

  /** Longer quoted input is cut: a message names the value, it does not reproduce it. */
  private static final int MAX_QUOTED = 60;

  private Describe() {}

  /** What the value is, for "expected …, found {@code describe(value)}". */
  static String found(JsonNode value) {
    if (value.isTextual()) {
      return "text " + quote(value.textValue());
    }
    if (value.isNumber()) {
      return "number " + number(value);
    }
    if (value.isBoolean()) {
      return value.booleanValue() ? "true" : "false";
    }
    if (value.isNull()) {
      return "null";
    }
    return value.isArray() ? "an array" : "an object";
  }

  /** The text in double quotes, cut when long, with quotes and control characters escaped. */
  static String quote(String text) {
    return "\"" + escape(clip(text)) + "\"";
  }

  /** The text, cut to a readable length. */
  static String clip(String text) {
    if (text.length() <= MAX_QUOTED) {
      return text;
    }
    int end = MAX_QUOTED;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never split a character in two
    }
    return text.substring(0, end) + "…";
  }

  /** A JSON number as a person would write it: 12 not 12.0, 0.25, 1E+400. */
  static String number(JsonNode value) {
    if (value.isIntegralNumber()) {
      return value.bigIntegerValue().toString();
    }
    if (value.isBigDecimal()) {
      return value.decimalValue().toString();
    }
    return number(value.doubleValue());
  }

  /** A finite double as a person would write it: 12 not 12.0, -0.6, 0.25. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    double size = Math.abs(value);
    return size >= 1e-6 && size < 1e15
        ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
        : Double.toString(value);
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
