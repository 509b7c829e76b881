package org.reassess.server.api;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One operation of the REST API, as the single source for both the route Javalin serves and the
 * operation {@code /openapi.json} documents: the document cannot describe a route that does not
 * exist, nor miss one that does. Immutable.
 *
 * @param path a Javalin path, whose {@code {name}} parameters are also OpenAPI's syntax
 * @param tag the group the operation is listed under
 * @param parameters the path and query parameters
 * @param requestBody what the operation reads; null when it reads nothing
 * @param success the answer when everything goes well
 * @param errors the problem statuses the operation can answer with (401 is implied for all)
 */
public record ApiRoute(
    HandlerType method,
    String path,
    String operationId,
    String tag,
    String summary,
    List<Param> parameters,
    @Nullable Body requestBody,
    Answer success,
    List<Integer> errors,
    Handler handler) {

  public ApiRoute {
    parameters = List.copyOf(parameters);
    errors = List.copyOf(errors);
  }

  /** A path or query parameter. */
  public record Param(
      String name, In in, boolean required, String description, Map<String, Object> schema) {
    public Param {
      schema = Map.copyOf(schema);
    }

    /** A positive whole number in the path. */
    static Param pathId(String name, String description) {
      return new Param(name, In.PATH, true, description, Map.of("type", "integer", "minimum", 1));
    }
  }

  /** Where a parameter is sent. */
  public enum In {
    PATH,
    QUERY;

    public String wire() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A request body: its media type, schema and size limit. */
  public record Body(
      String mediaType, Map<String, Object> schema, String description, int maxBytes) {
    public Body {
      schema = Map.copyOf(schema);
    }
  }

  /**
   * A successful answer: status, media type, schema; {@code location} when it creates something.
   */
  public record Answer(
      int status,
      String description,
      String mediaType,
      Map<String, Object> schema,
      boolean location) {
    public Answer {
      schema = Map.copyOf(schema);
    }
  }
}
