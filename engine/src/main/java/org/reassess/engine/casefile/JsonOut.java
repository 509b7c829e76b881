package org.reassess.engine.casefile;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Writes the fields of case records to a Jackson generator, leaving out every {@code null} (an
 * unknown is absent from the document, never {@code null} in it). The counterpart of {@link
 * ObjectIn}. Mutable and confined to one write.
 */
final class JsonOut {

  /** Below this, a whole number held as a double is written without ".0" and reads back equal. */
  private static final double EXACT_WHOLE_LIMIT = 1e15;

  private final JsonGenerator out;

  JsonOut(JsonGenerator out) {
    this.out = out;
  }

  void text(String name, @Nullable String value) {
    if (value != null) {
      io(() -> out.writeStringField(name, value));
    }
  }

  void bool(String name, @Nullable Boolean value) {
    if (value != null) {
      io(() -> out.writeBooleanField(name, value));
    }
  }

  void integer(String name, @Nullable Integer value) {
    if (value != null) {
      io(() -> out.writeNumberField(name, value.intValue()));
    }
  }

  /** A number; a whole one as {@code 60}, not {@code 60.0}, as a person would write it. */
  void number(String name, @Nullable Double value) {
    if (value == null) {
      return;
    }
    double number = value;
    boolean negativeZero = Double.doubleToRawLongBits(number) == Double.doubleToRawLongBits(-0.0);
    if (number == Math.rint(number) && Math.abs(number) < EXACT_WHOLE_LIMIT && !negativeZero) {
      io(() -> out.writeNumberField(name, (long) number));
    } else {
      io(() -> out.writeNumberField(name, number));
    }
  }

  void wire(String name, @Nullable WireEnum value) {
    if (value != null) {
      io(() -> out.writeStringField(name, value.wire()));
    }
  }

  void date(String name, @Nullable LocalDate value) {
    if (value != null) {
      io(() -> out.writeStringField(name, value.toString()));
    }
  }

  void wires(String name, @Nullable List<? extends WireEnum> values) {
    if (values != null) {
      io(
          () -> {
            out.writeArrayFieldStart(name);
            for (WireEnum value : values) {
              out.writeString(value.wire());
            }
            out.writeEndArray();
          });
    }
  }

  /** An object whose fields {@code fields} writes. */
  <T> void object(String name, @Nullable T value, BiConsumer<JsonOut, T> fields) {
    if (value != null) {
      io(() -> out.writeFieldName(name));
      fieldsOf(value, fields);
    }
  }

  /** An array of objects, each written by {@code fields}. */
  <T> void objects(String name, @Nullable List<T> values, BiConsumer<JsonOut, T> fields) {
    if (values != null) {
      io(() -> out.writeArrayFieldStart(name));
      for (T value : values) {
        fieldsOf(value, fields);
      }
      io(out::writeEndArray);
    }
  }

  /** Free JSON held as plain Java values ({@link JsonValues}). */
  void json(String name, @Nullable Object value) {
    if (value != null) {
      io(
          () -> {
            out.writeFieldName(name);
            JsonValues.write(out, value);
          });
    }
  }

  /** {@code value} as a JSON object, the one place where objects are opened and closed. */
  <T> void fieldsOf(T value, BiConsumer<JsonOut, T> fields) {
    io(out::writeStartObject);
    fields.accept(this, value);
    io(out::writeEndObject);
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void io(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      // the generator writes to memory, which does not fail
      throw new UncheckedIOException(e);
    }
  }
}
