package org.reassess.engine.casefile.properties;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * One random damage to the JSON text of a valid case: to its bytes, or to its tree. {@code where}
 * and {@code seed} pick the place and the new content, so jqwik can shrink a failure to a small
 * case and a simple damage.
 */
record Corruption(Kind kind, int where, long seed) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Odd values that stress a binder: wrong kinds, extreme numbers, deep nesting. */
  private static final List<JsonNode> STRANGE_VALUES =
      List.of(
          NODES.textNode("abc"),
          NODES.textNode(""),
          NODES.numberNode(12.5),
          NODES.numberNode(-1),
          NODES.numberNode(0),
          NODES.numberNode(Long.MAX_VALUE),
          NODES.numberNode(new BigDecimal("1e400")),
          NODES.numberNode(new BigDecimal("-1e-400")),
          NODES.booleanNode(true),
          NODES.nullNode(),
          NODES.objectNode(),
          NODES.arrayNode(),
          NODES.arrayNode().add(NODES.nullNode()),
          NODES.textNode("2026-02-30"),
          NODES.textNode("9999-12-31"),
          NODES.textNode("L6-S1"));

  enum Kind {
    TRUNCATE_TEXT,
    INSERT_RANDOM_BYTES,
    OVERWRITE_BYTE,
    DELETE_SPAN,
    RANDOM_DOCUMENT,
    DUPLICATE_FIRST_FIELD,
    DELETE_MEMBER,
    CHANGE_VALUE,
    INSERT_UNKNOWN_FIELD,
    NUMBER_OUT_OF_RANGE,
    MISSPELL_TEXT,
    NEST_DEEPLY
  }

  /** The damaged bytes of {@code json}, the canonical text of a valid case. */
  byte[] apply(String json) throws Exception {
    Random random = new Random(seed);
    byte[] bytes = json.getBytes(UTF_8);
    return switch (kind) {
      case TRUNCATE_TEXT -> Arrays.copyOf(bytes, Math.floorMod(where, bytes.length));
      case INSERT_RANDOM_BYTES -> splice(bytes, at(bytes.length + 1), 0, randomBytes(random, 8));
      case OVERWRITE_BYTE -> splice(bytes, at(bytes.length), 1, randomBytes(random, 1));
      case DELETE_SPAN -> splice(bytes, at(bytes.length), 1 + random.nextInt(20), new byte[0]);
      case RANDOM_DOCUMENT -> randomDocument(random);
      case DUPLICATE_FIRST_FIELD -> json.replaceFirst("\\{", "{\"format\": 1,").getBytes(UTF_8);
      default -> JSON.writeValueAsBytes(damageTree(JSON.readTree(json), random));
    };
  }

  private JsonNode damageTree(JsonNode root, Random random) {
    switch (kind) {
      case DELETE_MEMBER -> JsonTreeEdits.remove(root, pick(JsonTreeEdits.members(root)));
      case CHANGE_VALUE ->
          JsonTreeEdits.replace(root, pick(JsonTreeEdits.values(root)), strange(random));
      case INSERT_UNKNOWN_FIELD ->
          ((ObjectNode) root.at(pick(JsonTreeEdits.objects(root))))
              .set("zz" + random.nextInt(1000), strange(random));
      case NUMBER_OUT_OF_RANGE -> outOfRange(root, random);
      case MISSPELL_TEXT -> misspell(root);
      case NEST_DEEPLY -> JsonTreeEdits.replace(root, pick(JsonTreeEdits.values(root)), deep(100));
      default -> throw new IllegalStateException("not a tree damage: " + kind);
    }
    return root;
  }

  private void outOfRange(JsonNode root, Random random) {
    List<JsonPointer> numbers =
        JsonTreeEdits.values(root).stream().filter(p -> root.at(p).isNumber()).toList();
    if (!numbers.isEmpty()) {
      double value = root.at(pick(numbers)).doubleValue();
      double far = random.nextBoolean() ? value + 1000 : -1 - value;
      JsonTreeEdits.replace(root, pick(numbers), NODES.numberNode(far));
    }
  }

  private void misspell(JsonNode root) {
    List<JsonPointer> texts =
        JsonTreeEdits.values(root).stream().filter(p -> root.at(p).isTextual()).toList();
    if (!texts.isEmpty()) {
      JsonPointer target = pick(texts);
      JsonTreeEdits.replace(root, target, NODES.textNode(root.at(target).textValue() + "x"));
    }
  }

  private JsonPointer pick(List<JsonPointer> pointers) {
    return pointers.get(Math.floorMod(where, pointers.size()));
  }

  private int at(int length) {
    return Math.floorMod(where, Math.max(length, 1));
  }

  private static JsonNode strange(Random random) {
    return STRANGE_VALUES.get(random.nextInt(STRANGE_VALUES.size()));
  }

  private static JsonNode deep(int levels) {
    JsonNode node = NODES.arrayNode();
    for (int i = 0; i < levels; i++) {
      node = NODES.arrayNode().add(node);
    }
    return node;
  }

  private static byte[] randomBytes(Random random, int maxLength) {
    byte[] bytes = new byte[1 + random.nextInt(maxLength)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** Random bytes, or random JSON punctuation and words, which get further into the parser. */
  private static byte[] randomDocument(Random random) {
    if (random.nextBoolean()) {
      return randomBytes(random, 200);
    }
    String[] pieces = {"{", "}", "[", "]", "\"", ":", ",", "1", "-2.5e3", "true", "null", "\"a\""};
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(60);
    for (int i = 0; i < length; i++) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString().getBytes(UTF_8);
  }

  private static byte[] splice(byte[] bytes, int at, int removed, byte[] inserted) {
    int end = Math.min(bytes.length, at + removed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, at);
    out.write(inserted, 0, inserted.length);
    out.write(bytes, end, bytes.length - end);
    return out.toByteArray();
  }
}
