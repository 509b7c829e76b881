package org.reassess.engine.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published JSON Schema and the Java side of the format say the same thing.
 *
 * <p>Verdicts: on every example and every valid or structurally invalid fixture, the schema accepts
 * exactly what {@link CaseReader#strict()} accepts. Cross-field date rules are the reader's alone.
 *
 * <p>The same holds for every valid document changed in one place, beyond the fixtures.
 *
 * <p>Shape: every record of {@link CaseDocument} and {@link ImagingFinding} has exactly the fields
 * the schema lists at the same place, of the same kind, with the same enumeration spellings, and
 * its non-{@code null} components are exactly the schema's required fields.
 */
class SchemaAgreementTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  // ------------------------------------------------------------------ verdicts

  /**
   * Documents both sides must judge alike: the examples, the reader's valid fixtures and its
   * structural-error fixtures. (Its syntax fixtures are not JSON values, or break a rule of reading
   * such as duplicate names or nesting depth, which come before any schema.)
   */
  static Stream<Named<Path>> documentsBothSidesJudge() {
    return Stream.of(
            CaseSchema.examples(),
            CaseSchema.testResources("cases/valid"),
            CaseSchema.testResources("cases/invalid/structural"))
        .flatMap(List::stream)
        .map(SchemaAgreementTest::named);
  }

  /**
   * Fixtures that break a rule across fields: a date after the assessment date, a pain-free
   * interval longer than the time since the index surgery, a post-operative finding on a study made
   * before any operation. JSON Schema compares a value with constants, never with another value of
   * the same document, so it cannot express these rules: the schema accepts such a case and only
   * the reader rejects it.
   */
  static Stream<Named<Path>> crossFieldFixtures() {
    return CaseSchema.testResources("cases/invalid/semantic").stream()
        .map(SchemaAgreementTest::named);
  }

  @ParameterizedTest
  @MethodSource("documentsBothSidesJudge")
  void schemaAndReaderGiveTheSameVerdict(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    List<String> schemaSays = CaseSchema.validate(new String(bytes, StandardCharsets.UTF_8));
    List<ValidationIssue> readerSays = CaseReader.strict().validate(bytes);
    assertThat(schemaSays.isEmpty())
        .as("schema %s%nreader %s", schemaSays, readerSays)
        .isEqualTo(readerSays.isEmpty());
  }

  @ParameterizedTest
  @MethodSource("crossFieldFixtures")
  void crossFieldDateRuleIsTheReadersAlone(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    assertThat(CaseSchema.validate(new String(bytes, StandardCharsets.UTF_8)))
        .as("schema")
        .isEmpty();
    assertThat(CaseReader.strict().validate(bytes)).as("reader").isNotEmpty();
  }

  /**
   * Beyond the fixtures: every valid document changed in one place at a time (a field removed, set
   * to {@code null}, to text, to a number across the format's range boundaries, to an impossible
   * date, an object given an unknown field...) gets the same verdict from both sides. The pain-free
   * interval keeps its value: making it longer breaks a cross-field rule, which is the reader's
   * alone; no other change can, as no date is moved to another real date.
   */
  @Test
  void schemaAndReaderAgreeOnEveryOneFieldChangeOfAValidDocument() throws IOException {
    List<String> disagreements = new ArrayList<>();
    Set<String> alreadyJudged = new HashSet<>();
    for (Named<Path> named : validDocuments().toList()) {
      Path file = named.getPayload();
      ObjectNode original = (ObjectNode) JSON.readTree(Files.readAllBytes(file));
      for (Mutation mutation : Mutation.allOf(original)) {
        if (!alreadyJudged.add(mutation.kind(original))) {
          continue; // the same change at the same place of the format, in another document
        }
        String changed = mutation.applyTo(original).toString();
        boolean schemaAccepts = CaseSchema.validate(changed).isEmpty();
        List<ValidationIssue> readerSays =
            CaseReader.strict().validate(changed.getBytes(StandardCharsets.UTF_8));
        if (schemaAccepts != readerSays.isEmpty()) {
          disagreements.add(
              named.getName()
                  + " "
                  + mutation
                  + ": schema "
                  + (schemaAccepts ? "accepts" : "rejects")
                  + ", reader "
                  + readerSays);
        }
      }
    }
    assertThat(alreadyJudged).hasSizeGreaterThan(1000);
    assertThat(disagreements).isEmpty();
  }

  static Stream<Named<Path>> validDocuments() {
    return Stream.of(CaseSchema.examples(), CaseSchema.testResources("cases/valid"))
        .flatMap(List::stream)
        .map(SchemaAgreementTest::named);
  }

  /** One change at one place: {@code value} set at {@code key} of the container, or removed. */
  private record Mutation(String container, String key, @Nullable JsonNode value) {

    /**
     * Whole numbers and fractions at and around every range boundary of the format, and a whole
     * number written with a fraction of zero.
     */
    private static final List<JsonNode> NUMBERS =
        Stream.concat(
                DoubleStream.of(
                        -1, -0.61, -0.6, 0, 0.19, 0.2, 0.5, 1, 2, 2.01, 3, 4, 5, 6, 7, 10, 11, 16,
                        17, 18, 21, 22, 27, 28, 52, 53, 68, 69, 80, 81, 100, 101, 110, 111, 1e9)
                    .mapToObj(Mutation::number),
                Stream.of(DoubleNode.valueOf(18.0)))
            .toList();

    private static final List<JsonNode> NOT_DATES =
        List.of(TextNode.valueOf("2026-02-29"), TextNode.valueOf("2026-13-01"));

    private static JsonNode number(double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e6
          ? IntNode.valueOf((int) d)
          : DoubleNode.valueOf(d);
    }

    static List<Mutation> allOf(ObjectNode document) {
      List<Mutation> all = new ArrayList<>();
      collect(document, "", all);
      return all;
    }

    private static void collect(JsonNode container, String pointer, List<Mutation> all) {
      if (container.isObject()) {
        if (!pointer.equals("/extensions")) {
          all.add(new Mutation(pointer, "unexpectedField", BooleanNode.TRUE));
        }
        for (Map.Entry<String, JsonNode> field : container.properties()) {
          all.add(new Mutation(pointer, field.getKey(), null));
          change(pointer, field.getKey(), field.getValue(), all);
        }
      } else {
        for (int i = 0; i < container.size(); i++) {
          change(pointer, Integer.toString(i), container.get(i), all);
        }
      }
    }

    private static void change(String pointer, String key, JsonNode value, List<Mutation> all) {
      String at = pointer + "/" + key;
      all.add(new Mutation(pointer, key, NullNode.getInstance()));
      all.add(new Mutation(pointer, key, TextNode.valueOf("zz")));
      if (value.isNumber() && !key.equals("painFreeIntervalMonths")) {
        NUMBERS.forEach(n -> all.add(new Mutation(pointer, key, n)));
      } else if (value.isTextual() && value.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
        NOT_DATES.forEach(d -> all.add(new Mutation(pointer, key, d)));
      } else if (value.isBoolean()) {
        all.add(new Mutation(pointer, key, IntNode.valueOf(1)));
      } else if (value.isContainerNode()) {
        all.add(new Mutation(pointer, key, JSON.createArrayNode()));
        all.add(new Mutation(pointer, key, JSON.createObjectNode()));
        if (!at.equals("/extensions")) {
          collect(value, at, all);
        }
      }
    }

    /**
     * The change in terms of the format rather than of one document: array positions dropped, and
     * the finding type kept, since each type has its own attributes.
     */
    String kind(ObjectNode document) {
      String where = (container + "/" + key).replaceAll("/[0-9]+", "/*");
      JsonNode type = document.at(container).path("type");
      String change = value == null ? " removed" : " = " + value;
      return where + (type.isTextual() ? "(" + type.asText() + ")" : "") + change;
    }

    JsonNode applyTo(ObjectNode document) {
      ObjectNode copy = document.deepCopy();
      JsonNode target = copy.at(container);
      if (target instanceof ObjectNode object) {
        if (value == null) {
          object.remove(key);
        } else {
          object.set(key, value);
        }
      } else {
        ((ArrayNode) target).set(Integer.parseInt(key), value);
      }
      return copy;
    }

    @Override
    public String toString() {
      return container + "/" + key + (value == null ? " removed" : " = " + value);
    }
  }

  private static Named<Path> named(Path file) {
    return Named.of(file.getParent().getFileName() + "/" + file.getFileName(), file);
  }

  // ------------------------------------------------------------------ shape

  @Test
  void schemaHasTheRecordsFieldsKindsAndEnumerations() throws Exception {
    JsonNode root = JSON.readTree(CaseSchema.text());
    List<String> problems = new ArrayList<>();
    new ShapeComparison(root, problems).record(CaseDocument.class, root, "");
    assertThat(problems).isEmpty();
  }

  /** Walks a record type and the schema in parallel, collecting every difference. */
  private static final class ShapeComparison {
    private final JsonNode root;
    private final List<String> problems;

    ShapeComparison(JsonNode root, List<String> problems) {
      this.root = root;
      this.problems = problems;
    }

    void record(Class<?> type, JsonNode schemaNode, String at) {
      JsonNode schema = resolve(schemaNode);
      boolean finding = ImagingFinding.class.isAssignableFrom(type);
      RecordComponent[] components = type.getRecordComponents();
      Set<String> fields = names(schema.path("properties").fieldNames());
      Set<String> required = names(schema.path("required").elements());
      if (finding) {
        fields.remove("type"); // the discriminator is the record's class, not a component
        required.remove("type");
      }
      Set<String> recordFields =
          Arrays.stream(components).map(RecordComponent::getName).collect(toSortedSet());
      Set<String> recordRequired =
          Arrays.stream(components)
              .filter(c -> !isNullable(c))
              .map(RecordComponent::getName)
              .collect(toSortedSet());
      expectEqual(at + " fields", recordFields, fields);
      expectEqual(at + " required fields", recordRequired, required);
      if (!schema.path("additionalProperties").isBoolean()
          || schema.path("additionalProperties").booleanValue()) {
        problems.add(at + ": the object is not closed (additionalProperties: false)");
      }
      for (RecordComponent c : components) {
        JsonNode property = schema.path("properties").path(c.getName());
        if (!property.isMissingNode()) {
          value(c.getGenericType(), property, at + "/" + c.getName());
        }
      }
    }

    private void value(Type type, JsonNode schemaNode, String at) {
      JsonNode schema = resolve(schemaNode);
      if (type instanceof ParameterizedType p) {
        Class<?> raw = (Class<?>) p.getRawType();
        if (raw == List.class) {
          expectType(at, schema, "array");
          value(p.getActualTypeArguments()[0], schema.path("items"), at + "[]");
        } else if (raw == Map.class) {
          expectType(at, schema, "object"); // extensions: free
        } else {
          problems.add(at + ": no comparison for " + type);
        }
        return;
      }
      Class<?> c = (Class<?>) type;
      if (c == ImagingFinding.class) {
        findings(schema, at);
      } else if (c.isRecord()) {
        record(c, schema, at);
      } else if (c.isEnum()) {
        List<String> spellings =
            Arrays.stream(c.getEnumConstants()).map(e -> ((WireEnum) e).wire()).toList();
        List<String> allowed = texts(schema.path("enum"));
        if (!spellings.equals(allowed)) {
          problems.add(at + ": enumeration " + allowed + " but the Java enum has " + spellings);
        }
      } else if (c == Integer.class || c == int.class) {
        expectType(at, schema, "integer");
      } else if (c == Double.class) {
        expectType(at, schema, "number");
      } else if (c == Boolean.class) {
        expectType(at, schema, "boolean");
      } else if (c == LocalDate.class) {
        if (!"date".equals(schema.path("format").asText())) {
          problems.add(at + ": a date in Java but not \"format\": \"date\" in the schema");
        }
      } else if (c == String.class) {
        // free text, the version tag (const) or a vertebral fracture's level (anyOf two lists)
        if (!schema.has("const") && !schema.has("anyOf")) {
          expectType(at, schema, "string");
        }
      } else {
        problems.add(at + ": no comparison for " + c);
      }
    }

    /** Every permitted finding record is one {@code type}, whose schema is its {@code then}. */
    private void findings(JsonNode schema, String at) {
      List<String> types = texts(schema.path("properties").path("type").path("enum"));
      List<String> recordTypes = new ArrayList<>();
      for (Class<?> finding : ImagingFinding.class.getPermittedSubclasses()) {
        String type = typeOf(finding);
        recordTypes.add(type);
        JsonNode then = null;
        for (JsonNode branch : schema.path("allOf")) {
          if (type.equals(
              branch.path("if").path("properties").path("type").path("const").asText())) {
            then = branch.path("then");
          }
        }
        if (then == null) {
          problems.add(at + ": no schema branch for finding type " + type);
        } else {
          record(finding, then, at + "(" + type + ")");
        }
      }
      expectEqual(at + " finding types", new TreeSet<>(recordTypes), new TreeSet<>(types));
    }

    /** The record's own {@code type()}, read from an instance with every component unknown. */
    private static String typeOf(Class<?> finding) {
      try {
        Class<?>[] parameters =
            Arrays.stream(finding.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Constructor<?> canonical = finding.getDeclaredConstructor(parameters);
        return ((ImagingFinding) canonical.newInstance(new Object[parameters.length])).type();
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(finding.getName(), e);
      }
    }

    private JsonNode resolve(JsonNode node) {
      JsonNode current = node;
      while (current.has("$ref")) {
        String ref = current.get("$ref").asText();
        current = root.at(ref.substring(ref.indexOf('#') + 1));
      }
      return current;
    }

    private void expectType(String at, JsonNode schema, String type) {
      if (!type.equals(schema.path("type").asText())) {
        problems.add(at + ": \"type\": \"" + type + "\" expected, found " + schema.path("type"));
      }
    }

    private void expectEqual(String what, Set<String> java, Set<String> schema) {
      if (!java.equals(schema)) {
        problems.add(what + ": Java " + java + ", schema " + schema);
      }
    }

    private static boolean isNullable(RecordComponent c) {
      return c.getAnnotatedType().isAnnotationPresent(Nullable.class);
    }

    private static Set<String> names(Iterator<?> values) {
      Set<String> names = new TreeSet<>();
      values.forEachRemaining(
          v -> names.add(v instanceof JsonNode n ? n.asText() : String.valueOf(v)));
      return names;
    }

    private static List<String> texts(JsonNode array) {
      return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static Collector<String, ?, Set<String>> toSortedSet() {
      return Collectors.toCollection(TreeSet<String>::new);
    }
  }
}
