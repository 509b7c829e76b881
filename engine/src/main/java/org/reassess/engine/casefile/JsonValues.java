package org.reassess.engine.casefile;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Free JSON (the {@code extensions} object) as plain, read-only Java values and back: objects are
 * {@code Map<String, Object>} in document order, arrays {@code List<Object>}, text {@code String},
 * numbers {@code Integer}, {@code Long}, {@code BigInteger}, {@code Double} or {@code BigDecimal},
 * {@code true}/{@code false} {@code Boolean}, and JSON null {@code null}. Stateless.
 */
final class JsonValues {

  private JsonValues() {}

  static Map<String, Object> toMap(ObjectNode node) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      map.put(field.getKey(), toJava(field.getValue()));
    }
    return Collections.unmodifiableMap(map);
  }

  private static @Nullable Object toJava(JsonNode node) {
    if (node.isObject()) {
      return toMap((ObjectNode) node);
    }
    if (node.isArray()) {
      List<@Nullable Object> list = new ArrayList<>(node.size());
      node.forEach(element -> list.add(toJava(element)));
      return Collections.unmodifiableList(list);
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    return node.isNull() ? null : node.textValue();
  }

  /** Writes a value of the kinds above; anything else is a programming error. */
  static void write(JsonGenerator out, @Nullable Object value) throws IOException {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      out.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.writeFieldName(String.valueOf(entry.getKey()));
        write(out, entry.getValue());
      }
      out.writeEndObject();
    } else if (value instanceof List<?> list) {
      out.writeStartArray();
      for (Object element : list) {
        write(out, element);
      }
      out.writeEndArray();
    } else {
      writeScalar(out, value);
    }
  }

  private static void writeScalar(JsonGenerator out, Object value) throws IOException {
    if (value instanceof String text) {
      out.writeString(text);
    } else if (value instanceof Boolean bool) {
      out.writeBoolean(bool);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      out.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigInteger big) {
      out.writeNumber(big);
    } else if (value instanceof BigDecimal decimal) {
      out.writeNumber(decimal);
    } else if (value instanceof Double || value instanceof Float) {
      writeDouble(out, ((Number) value).doubleValue());
    } else {
      throw new IllegalArgumentException(
          "extensions hold only JSON values, not " + value.getClass().getName());
    }
  }

  private static void writeDouble(JsonGenerator out, double value) throws IOException {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("JSON has no number " + value);
    }
    out.writeNumber(value);
  }
}
