package org.reassess.server.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The API's JSON in and out: request bodies are checked for content type (415), size (413) and
 * shape (400: malformed JSON, an unknown or duplicate field, a wrong type) before a handler sees
 * them; answers are written as {@code application/json}. Thread-safe.
 */
final class ApiJson {

  static final String MEDIA_TYPE = "application/json";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private ApiJson() {}

  /** Answers {@code status} with {@code value} as JSON. */
  static void answer(Context ctx, int status, Object value) {
    try {
      ctx.status(status).contentType(MEDIA_TYPE).result(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a DTO record is always serialisable", e);
    }
  }

  /** The JSON body as bytes, after the content-type and size checks; not parsed. */
  static byte[] body(Context ctx, int maxBytes) {
    requireJsonContentType(ctx);
    byte[] bytes;
    try (InputStream in = ctx.req().getInputStream()) {
      // a chunked body declares no length: read one byte past the limit to know it is over
      bytes = in.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        // read the rest (the server's own request limit bounds it) before answering: a client
        // still sending its body would otherwise see the connection close instead of the 413
        in.transferTo(OutputStream.nullOutputStream());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > maxBytes) {
      throw tooLarge(maxBytes);
    }
    if (bytes.length == 0) {
      throw ApiRequestException.badRequest("The request body is empty; send a JSON object.");
    }
    return bytes;
  }

  /** The JSON body read as {@code type}, after the content-type and size checks. */
  static <T extends Record> T body(Context ctx, Class<T> type, int maxBytes) {
    byte[] bytes = body(ctx, maxBytes);
    try {
      return MAPPER.readValue(bytes, type);
    } catch (UnrecognizedPropertyException e) {
      throw ApiRequestException.badRequest(
          "Unknown field \""
              + e.getPropertyName()
              + "\". The fields are: "
              + e.getKnownPropertyIds().stream()
                  .map(Object::toString)
                  .sorted()
                  .collect(Collectors.joining(", "))
              + ".");
    } catch (MismatchedInputException e) {
      String field = fieldPath(e);
      throw ApiRequestException.badRequest(
          field == null
              ? "The body must be a JSON object."
              : "The field \"" + field + "\" has the wrong type.");
    } catch (JsonProcessingException e) {
      var where = e.getLocation();
      throw ApiRequestException.badRequest(
          "The body is not valid JSON"
              + (where == null
                  ? ""
                  : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")")
              + (e.getProcessor() instanceof JsonParser && isDuplicate(e)
                  ? ": a field appears twice"
                  : "")
              + ".");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the mismatch is ({@code "values/odi"}); null for the body as a whole. */
  private static @Nullable String fieldPath(MismatchedInputException e) {
    if (e.getPath().isEmpty()) {
      return null;
    }
    return e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
        .collect(Collectors.joining("/"));
  }

  private static boolean isDuplicate(JsonProcessingException e) {
    return e.getOriginalMessage().toLowerCase(Locale.ROOT).contains("duplicate field");
  }

  private static void requireJsonContentType(Context ctx) {
    String type = ctx.contentType();
    String base = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!base.equals(MEDIA_TYPE) && !(base.startsWith("application/") && base.endsWith("+json"))) {
      throw new ApiRequestException(
          415,
          "Unsupported media type",
          "Send the body as JSON with the header Content-Type: application/json"
              + (type == null ? "." : " (not " + type + ")."));
    }
  }

  private static ApiRequestException tooLarge(int maxBytes) {
    return new ApiRequestException(
        413,
        "Request body too large",
        "The body is larger than the " + humanSize(maxBytes) + " this operation accepts.");
  }

  static String humanSize(int bytes) {
    return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : (bytes / 1024) + " KB";
  }
}
