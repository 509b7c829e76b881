package org.reassess.engine.casefile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of a case into a Jackson tree, or into issues when they are not one JSON object.
 *
 * <p>It builds the tree itself, token by token, rather than through {@code ObjectMapper.readTree},
 * so that every duplicate key is reported with its pointer (Jackson's strict mode stops at the
 * first) and so that a number too large for a {@code double} keeps its value instead of becoming
 * infinity. Jackson's {@link StreamReadConstraints} bound the nesting depth and the document size
 * before any deep recursion or large allocation happens. Immutable and thread-safe.
 */
final class JsonTreeParser {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Jackson's location suffix, e.g. {@code [Source: REDACTED (…); line: 1, column: 9]}. */
  private static final Pattern SOURCE_LOCATION =
      Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");

  private final JsonFactory factory;
  private final int maxDepth;

  JsonTreeParser(int maxBytes, int maxDepth) {
    this.maxDepth = maxDepth;
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(maxDepth)
                    .maxDocumentLength(maxBytes)
                    .build())
            .build();
  }

  /** The root object, or {@code null} when the bytes are not a JSON object (issues say why). */
  @Nullable ObjectNode parse(byte[] json, Issues issues) {
    try (JsonParser parser = factory.createParser(json)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        issues.add("", "the case is empty");
        return null;
      }
      if (first != JsonToken.START_OBJECT) {
        issues.add("", "the case must be a JSON object, found " + describe(first));
        return null;
      }
      ObjectNode root = object(parser, issues);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        issues.add(
            "",
            "malformed JSON at line "
                + at.getLineNr()
                + ", column "
                + at.getColumnNr()
                + ": unexpected content after the end of the case");
        return null;
      }
      return root;
    } catch (StreamConstraintsException e) {
      issues.add("", limitMessage(e));
      return null;
    } catch (JsonProcessingException e) {
      issues.add("", "malformed JSON at " + location(e) + ": " + reason(e));
      return null;
    } catch (IOException e) {
      // reading from a byte array fails only on content, e.g. an invalid UTF-32 sequence
      issues.add("", "malformed JSON: " + e.getMessage());
      return null;
    }
  }

  private ObjectNode object(JsonParser parser, Issues issues) throws IOException {
    ObjectNode node = NODES.objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonNode value = value(parser, parser.nextToken(), issues);
      if (node.has(name)) {
        issues.add(
            parser.getParsingContext().pathAsPointer().toString(),
            "duplicate field \"" + Describe.clip(name) + "\"");
      } else {
        node.set(name, value);
      }
    }
    return node;
  }

  private ArrayNode array(JsonParser parser, Issues issues) throws IOException {
    ArrayNode node = NODES.arrayNode();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      node.add(value(parser, token, issues));
    }
    return node;
  }

  private JsonNode value(JsonParser parser, JsonToken token, Issues issues) throws IOException {
    return switch (token) {
      case START_OBJECT -> object(parser, issues);
      case START_ARRAY -> array(parser, issues);
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> integerNode(parser);
      case VALUE_NUMBER_FLOAT -> floatNode(parser);
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new IllegalStateException("unexpected JSON token " + token);
    };
  }

  private static JsonNode integerNode(JsonParser parser) throws IOException {
    return switch (parser.getNumberType()) {
      case INT -> NODES.numberNode(parser.getIntValue());
      case LONG -> NODES.numberNode(parser.getLongValue());
      default -> NODES.numberNode(parser.getBigIntegerValue());
    };
  }

  /** A double when it holds the value; else the exact decimal (1e400 is valid JSON). */
  private static JsonNode floatNode(JsonParser parser) throws IOException {
    double value = parser.getDoubleValue();
    return Double.isFinite(value)
        ? NODES.numberNode(value)
        : NODES.numberNode(parser.getDecimalValue());
  }

  private String limitMessage(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("nesting depth")) {
      return "the case is nested more than " + maxDepth + " levels deep";
    }
    if (message.contains("document length")) {
      return CaseReader.TOO_LARGE;
    }
    return "the case exceeds a reading limit: " + message;
  }

  private static String location(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    return at == null
        ? "an unknown place"
        : "line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /** Jackson's reason, without its source description. */
  private static String reason(JsonProcessingException e) {
    String message = String.valueOf(e.getOriginalMessage());
    Matcher m = SOURCE_LOCATION.matcher(message);
    return m.replaceAll("line $1, column $2");
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "text";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }
}
