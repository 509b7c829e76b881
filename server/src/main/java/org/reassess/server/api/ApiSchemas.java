package org.reassess.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseReader;

/**
 * The schemas {@code /openapi.json} names: the DTO records' schemas derived from the records
 * themselves (so a field added to a DTO is documented), the case format's own JSON Schema, and the
 * RFC 9457 problem document.
 */
final class ApiSchemas {

  private static final String PREFIX = "#/components/schemas/";
  private static final String CASE_SCHEMA =
      "org/reassess/engine/casefile/reassess-case-1.schema.json";

  static final Map<String, Object> CASE = Map.of("$ref", PREFIX + "Case");
  // not "Assessment": that is AssessmentDto's name, the metadata the assessment list holds
  static final Map<String, Object> ASSESSMENT = Map.of("$ref", PREFIX + "AssessmentDocument");
  static final Map<String, Object> PROBLEM = Map.of("$ref", PREFIX + "Problem");

  /** The DTOs that are request bodies: the API refuses a field they do not name. */
  private static final Set<Class<?>> REQUEST_BODIES =
      Set.of(NewPatientDto.class, NewVisitDto.class);

  private ApiSchemas() {}

  /** A reference to a DTO's schema. */
  static Map<String, Object> ref(Class<? extends Record> dto) {
    return Map.of("$ref", PREFIX + name(dto));
  }

  /** A DTO's schema name: the record's name without "Dto". */
  static String name(Class<?> dto) {
    return dto.getSimpleName().replaceFirst("Dto$", "");
  }

  /** Every schema the document's components list, by name. */
  static Map<String, Object> components(List<Class<? extends Record>> dtos) {
    Map<String, Object> all = new LinkedHashMap<>();
    for (Class<? extends Record> dto : dtos) {
      addRecord(dto, all);
    }
    putNew(all, "Case", caseSchema());
    putNew(
        all,
        "AssessmentDocument",
        Map.of(
            "type",
            "object",
            "description",
            "A reassess-assessment/1 document (shared/spec/assessment-format.md), exactly as the"
                + " engine wrote it when the case was saved."));
    putNew(all, "Problem", problem());
    return all;
  }

  /** Adds a fixed schema; one of the same name as a DTO's would silently replace it. */
  private static void putNew(Map<String, Object> all, String name, Map<String, Object> schema) {
    if (all.putIfAbsent(name, schema) != null) {
      throw new IllegalStateException("two schemas named " + name);
    }
  }

  private static void addRecord(Class<?> type, Map<String, Object> all) {
    String name = name(type);
    if (all.containsKey(name)) {
      return;
    }
    all.put(name, Map.of()); // reserved first: a record may refer to itself
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      boolean nullable = c.getAnnotatedType().isAnnotationPresent(Nullable.class);
      Map<String, Object> schema = new LinkedHashMap<>(schemaOf(c.getGenericType(), nullable, all));
      Doc doc = c.getAnnotation(Doc.class);
      if (doc != null) {
        schema.put("description", doc.value());
        if (!doc.format().isEmpty()) {
          schema.put("format", doc.format());
        }
      }
      properties.put(c.getName(), schema);
      if (!nullable) {
        required.add(c.getName());
      }
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    Doc doc = type.getAnnotation(Doc.class);
    if (doc != null) {
      schema.put("description", doc.value());
    }
    schema.put("properties", properties);
    schema.put("required", required);
    // request bodies refuse unknown fields; answers may gain fields without breaking a client
    if (REQUEST_BODIES.contains(type)) {
      schema.put("additionalProperties", false);
    }
    all.put(name, schema);
  }

  private static Map<String, Object> schemaOf(
      Type type, boolean nullable, Map<String, Object> all) {
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return Map.of(
          "type",
          nullable ? List.of("array", "null") : "array",
          "items",
          schemaOf(p.getActualTypeArguments()[0], false, all));
    }
    if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
      // a JSON object whose names are data (measure ids, say); its values all of one schema
      return Map.of(
          "type",
          nullable ? List.of("object", "null") : "object",
          "additionalProperties",
          schemaOf(p.getActualTypeArguments()[1], false, all));
    }
    if (type instanceof Class<?> c && c.isRecord()) {
      addRecord(c, all);
      Map<String, Object> ref = Map.of("$ref", PREFIX + name(c));
      return nullable ? Map.of("oneOf", List.of(ref, Map.of("type", "null"))) : ref;
    }
    String json = jsonType(type);
    return Map.of("type", nullable ? List.of(json, "null") : json);
  }

  private static String jsonType(Type type) {
    if (type == String.class) {
      return "string";
    }
    if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
      return "integer";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "boolean";
    }
    if (type == double.class || type == Double.class || type == BigDecimal.class) {
      return "number";
    }
    throw new IllegalArgumentException("no JSON Schema type for " + type.getTypeName());
  }

  /** The case format's JSON Schema, embedded: its $id keeps its own $refs resolving inside it. */
  @SuppressWarnings("unchecked") // a JSON object read as a map is a Map<String, Object>
  private static Map<String, Object> caseSchema() {
    try (InputStream in = CaseReader.class.getClassLoader().getResourceAsStream(CASE_SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("the engine ships the case schema: " + CASE_SCHEMA);
      }
      return new ObjectMapper().readValue(in, LinkedHashMap.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> problem() {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", "object");
    error.put(
        "properties",
        Map.of(
            "pointer",
            Map.of("type", "string", "description", "The JSON pointer of the offending value."),
            "detail",
            Map.of("type", "string", "description", "What is wrong there.")));
    error.put("required", List.of("pointer", "detail"));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("type", Map.of("type", "string", "format", "uri-reference"));
    properties.put("title", Map.of("type", "string", "description", "A short summary."));
    properties.put("status", Map.of("type", "integer", "description", "The HTTP status."));
    properties.put(
        "detail", Map.of("type", "string", "description", "What went wrong and what to do."));
    properties.put(
        "instance",
        Map.of("type", "string", "format", "uri-reference", "description", "The request path."));
    properties.put(
        "errors",
        Map.of(
            "type",
            "array",
            "items",
            error,
            "description",
            "Every problem of invalid content, a case or a visit (422 only)."));
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("description", "An RFC 9457 problem document (application/problem+json).");
    schema.put("properties", properties);
    schema.put("required", List.of("type", "title", "status", "detail"));
    return schema;
  }
}
