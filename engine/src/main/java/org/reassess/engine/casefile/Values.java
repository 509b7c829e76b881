package org.reassess.engine.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ValueReader}s of the case format's value kinds, each with its messages. A whole number
 * written with a fraction of zero ({@code 18.0}) counts as a whole number, as JSON Schema 2020-12's
 * {@code "type": "integer"} does. Stateless.
 */
final class Values {

  private static final Pattern DATE_FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private Values() {}

  static ValueReader<String> text() {
    return (value, pointer, issues) -> {
      if (!value.isTextual()) {
        reportExpected("text", value, pointer, issues);
        return null;
      }
      return value.textValue();
    };
  }

  static ValueReader<Boolean> bool() {
    return (value, pointer, issues) -> {
      if (!value.isBoolean()) {
        reportExpected("true or false", value, pointer, issues);
        return null;
      }
      return value.booleanValue();
    };
  }

  /** A whole number in {@code min..max}. */
  static ValueReader<Integer> integer(int min, int max) {
    return integer(min, max, String.valueOf(max));
  }

  /** A whole number of at least {@code min} (and at most what an {@code int} holds). */
  static ValueReader<Integer> integerAtLeast(int min) {
    return integer(min, Integer.MAX_VALUE, null);
  }

  private static ValueReader<Integer> integer(int min, int max, @Nullable String maxText) {
    String minText = String.valueOf(min);
    return (value, pointer, issues) -> {
      if (!isWholeNumber(value)) {
        reportExpected("a whole number", value, pointer, issues);
        return null;
      }
      if (!inRange(value, min, max, minText, maxText, pointer, issues)) {
        return null;
      }
      return value.intValue();
    };
  }

  /** Any number a {@code double} can hold. */
  static ValueReader<Double> number() {
    return number(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, "", null);
  }

  /**
   * A number in {@code min..max}, the bounds written as {@code case-format.md} writes them ({@code
   * "0.2"}, {@code "2.0"}) so that messages quote the format.
   */
  static ValueReader<Double> number(String min, String max) {
    return number(Double.parseDouble(min), Double.parseDouble(max), min, max);
  }

  /** A number of at least {@code min}, written as {@code case-format.md} writes it. */
  static ValueReader<Double> numberAtLeast(String min) {
    return number(Double.parseDouble(min), Double.POSITIVE_INFINITY, min, null);
  }

  private static ValueReader<Double> number(
      double min, double max, String minText, @Nullable String maxText) {
    return (value, pointer, issues) -> {
      if (!value.isNumber()) {
        reportExpected("a number", value, pointer, issues);
        return null;
      }
      if (!inRange(value, min, max, minText, maxText, pointer, issues)) {
        return null;
      }
      if (!Double.isFinite(value.doubleValue())) {
        issues.add(pointer, Describe.number(value) + " is too large");
        return null;
      }
      return value.doubleValue();
    };
  }

  static <E extends Enum<E> & WireEnum> ValueReader<E> oneOf(Class<E> type) {
    List<String> spellings = WireEnum.spellings(type);
    return (value, pointer, issues) -> {
      String text = spelling(value, spellings, pointer, issues);
      return text == null ? null : WireEnum.parse(type, text).orElseThrow();
    };
  }

  /** Text that is one of {@code allowed}, kept as written. */
  static ValueReader<String> oneOf(Collection<String> allowed) {
    List<String> spellings = List.copyOf(allowed);
    return (value, pointer, issues) -> spelling(value, spellings, pointer, issues);
  }

  /** Exactly the text {@code expected}, such as the format's version tag. */
  static ValueReader<String> exactly(String expected) {
    return (value, pointer, issues) -> {
      if (!expected.equals(value.textValue())) {
        reportExpected(Describe.quote(expected), value, pointer, issues);
        return null;
      }
      return expected;
    };
  }

  /** A date written {@code YYYY-MM-DD} that exists in the calendar. */
  static ValueReader<LocalDate> date() {
    return (value, pointer, issues) -> {
      if (!value.isTextual()) {
        reportExpected("a date (YYYY-MM-DD)", value, pointer, issues);
        return null;
      }
      String text = value.textValue();
      if (!DATE_FORM.matcher(text).matches()) {
        issues.add(pointer, Describe.quote(text) + " is not a date in the form YYYY-MM-DD");
        return null;
      }
      try {
        return LocalDate.parse(text, DATE);
      } catch (DateTimeException e) {
        issues.add(pointer, Describe.quote(text) + " is not a real calendar date");
        return null;
      }
    };
  }

  /** A list whose elements all bind; {@code null} (after reporting each bad one) otherwise. */
  static <T> ValueReader<List<T>> listOf(ValueReader<T> element) {
    return (value, pointer, issues) -> {
      if (!value.isArray()) {
        reportExpected("an array", value, pointer, issues);
        return null;
      }
      List<T> bound = new ArrayList<>(value.size());
      boolean complete = true;
      for (int i = 0; i < value.size(); i++) {
        T item = element.read(value.get(i), Pointers.child(pointer, i), issues);
        if (item == null) {
          complete = false;
        } else {
          bound.add(item);
        }
      }
      return complete ? List.copyOf(bound) : null;
    };
  }

  /**
   * Like {@link #listOf} for a list that must not be empty; {@code whyNot} says what is missing.
   */
  static <T> ValueReader<List<T>> nonEmptyListOf(ValueReader<T> element, String whyNot) {
    ValueReader<List<T>> list = listOf(element);
    return (value, pointer, issues) -> {
      if (value.isArray() && value.isEmpty()) {
        issues.add(pointer, whyNot);
        return null;
      }
      return list.read(value, pointer, issues);
    };
  }

  /** An object bound by {@code binder}, whose fields are then checked for unknown ones. */
  static <T> ValueReader<T> object(Function<ObjectIn, @Nullable T> binder) {
    return (value, pointer, issues) -> {
      if (!value.isObject()) {
        reportExpected("an object", value, pointer, issues);
        return null;
      }
      ObjectIn in = new ObjectIn((ObjectNode) value, pointer, issues);
      T bound = binder.apply(in);
      in.rejectUnknownFields();
      return bound;
    };
  }

  /** Any JSON object, unread, as plain Java values (the free {@code extensions}). */
  static ValueReader<Map<String, Object>> anyObject() {
    return (value, pointer, issues) -> {
      if (!value.isObject()) {
        reportExpected("an object", value, pointer, issues);
        return null;
      }
      return JsonValues.toMap((ObjectNode) value);
    };
  }

  private static boolean isWholeNumber(JsonNode value) {
    if (value.isIntegralNumber()) {
      return true;
    }
    if (value.isBigDecimal()) {
      return value.decimalValue().stripTrailingZeros().scale() <= 0;
    }
    double number = value.doubleValue();
    return value.isNumber() && number == Math.rint(number);
  }

  /** Whether {@code value} is in range; {@code maxText == null} means no upper bound is stated. */
  private static boolean inRange(
      JsonNode value,
      double min,
      double max,
      String minText,
      @Nullable String maxText,
      String pointer,
      Issues issues) {
    double number = value.doubleValue(); // ±infinity for the huge: still correctly out of range
    if (number >= min && number <= max) {
      return true;
    }
    String problem;
    if (maxText != null) {
      problem = "is outside " + minText + "–" + maxText;
    } else {
      problem = number < min ? "is below the minimum " + minText : "is too large";
    }
    issues.add(pointer, Describe.number(value) + " " + problem);
    return false;
  }

  private static @Nullable String spelling(
      JsonNode value, List<String> spellings, String pointer, Issues issues) {
    String allowed = String.join(", ", spellings);
    if (!value.isTextual()) {
      reportExpected("text (one of: " + allowed + ")", value, pointer, issues);
      return null;
    }
    if (!spellings.contains(value.textValue())) {
      issues.add(pointer, Describe.quote(value.textValue()) + " is not one of: " + allowed);
      return null;
    }
    return value.textValue();
  }

  private static void reportExpected(String what, JsonNode value, String pointer, Issues issues) {
    issues.add(pointer, "expected " + what + ", found " + Describe.found(value));
  }
}
