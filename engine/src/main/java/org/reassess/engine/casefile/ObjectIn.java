package org.reassess.engine.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one JSON object as a binding method reads them: each read names the field and what
 * it must hold, and problems are collected with their pointers instead of thrown. Fields never read
 * are unknown fields and are reported when the object is done ({@link #rejectUnknownFields}).
 * Mutable and confined to one read.
 */
final class ObjectIn {

  private final ObjectNode node;
  private final String pointer;
  private final Issues issues;
  private final Set<String> read = new HashSet<>();
  private boolean othersAllowed;

  ObjectIn(ObjectNode node, String pointer, Issues issues) {
    this.node = node;
    this.pointer = pointer;
    this.issues = issues;
  }

  /** The field's value, or {@code null} when it is absent (unknown) or invalid (reported). */
  <T> @Nullable T optional(String name, ValueReader<T> reader) {
    read.add(name);
    JsonNode value = node.get(name);
    return value == null ? null : reader.read(value, Pointers.child(pointer, name), issues);
  }

  /** The field's value, or {@code null} when it is absent or invalid; both are reported. */
  <T> @Nullable T required(String name, ValueReader<T> reader) {
    if (!node.has(name)) {
      read.add(name);
      issues.add(Pointers.child(pointer, name), "required field is missing");
      return null;
    }
    return optional(name, reader);
  }

  @Nullable String text(String name) {
    return optional(name, Values.text());
  }

  @Nullable Boolean bool(String name) {
    return optional(name, Values.bool());
  }

  /** A whole number in {@code min..max}. */
  @Nullable Integer integer(String name, int min, int max) {
    return optional(name, Values.integer(min, max));
  }

  /** Any finite number. */
  @Nullable Double number(String name) {
    return optional(name, Values.number());
  }

  /** A number in {@code min..max}, the bounds as {@code case-format.md} writes them. */
  @Nullable Double number(String name, String min, String max) {
    return optional(name, Values.number(min, max));
  }

  <E extends Enum<E> & WireEnum> @Nullable E enumValue(String name, Class<E> type) {
    return optional(name, Values.oneOf(type));
  }

  <E extends Enum<E> & WireEnum> @Nullable List<E> enumList(String name, Class<E> type) {
    return optional(name, Values.listOf(Values.oneOf(type)));
  }

  @Nullable LocalDate date(String name) {
    return optional(name, Values.date());
  }

  <T> @Nullable T object(String name, Function<ObjectIn, @Nullable T> binder) {
    return optional(name, Values.object(binder));
  }

  <T> @Nullable List<T> objectList(String name, Function<ObjectIn, @Nullable T> binder) {
    return optional(name, Values.listOf(Values.object(binder)));
  }

  /**
   * Stops the unknown-field check for this object, for an object whose shape is itself unknown (an
   * imaging finding of an unknown type): its fields cannot be judged, and the type is reported.
   */
  void allowOtherFields() {
    othersAllowed = true;
  }

  /** Reports every field that no binding method read. */
  void rejectUnknownFields() {
    if (othersAllowed) {
      return;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!read.contains(name)) {
        issues.add(Pointers.child(pointer, name), "unknown field " + Describe.quote(name));
      }
    }
  }
}
