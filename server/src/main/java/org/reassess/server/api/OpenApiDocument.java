package org.reassess.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The OpenAPI 3.1 description of the REST API, written from the same route table that registers the
 * routes (see {@link ApiRoute}). Pure: the same routes give the same document.
 */
final class OpenApiDocument {

  private static final Map<Integer, String> ERROR_MEANINGS =
      Map.of(
          400, "The request is malformed (the detail says how)",
          401, "No API token, or an unknown or revoked one, or one whose issuer is deactivated",
          404, "Not in the token's clinic's records (or no such record at all)",
          413, "The request body is too large",
          415, "The body is not sent as application/json",
          422, "The content is not valid: every problem is in errors, nothing was saved");

  private OpenApiDocument() {}

  /** The document as JSON. */
  static String json(List<ApiRoute> routes, List<Class<? extends Record>> dtos, String version) {
    try {
      return new ObjectMapper()
          .writerWithDefaultPrettyPrinter()
          .writeValueAsString(document(routes, dtos, version));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("maps of strings, numbers and lists always serialise", e);
    }
  }

  static Map<String, Object> document(
      List<ApiRoute> routes, List<Class<? extends Record>> dtos, String version) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.1.0");
    doc.put(
        "info",
        Map.of(
            "title",
            "Reassess API",
            "version",
            version,
            "description",
            "Patients, case revisions, assessments and outcome measurements of one clinic, for"
                + " integrations. Every request carries an API token an administrator issued for"
                + " the clinic (Authorization: Bearer <token>); every read and change is audited."
                + " Decision support, not a diagnosis."));
    doc.put("servers", List.of(Map.of("url", "/")));
    doc.put("security", List.of(Map.of("bearerAuth", List.of())));
    Map<String, Object> paths = new LinkedHashMap<>();
    for (ApiRoute r : routes) {
      @SuppressWarnings("unchecked") // only this method puts values in paths, all of them maps
      Map<String, Object> item =
          (Map<String, Object>) paths.computeIfAbsent(r.path(), p -> new LinkedHashMap<>());
      item.put(r.method().name().toLowerCase(Locale.ROOT), operation(r));
    }
    doc.put("paths", paths);
    doc.put(
        "components",
        Map.of(
            "securitySchemes",
            Map.of(
                "bearerAuth",
                Map.of(
                    "type",
                    "http",
                    "scheme",
                    "bearer",
                    "description",
                    "An API token issued on the administration page API tokens; it acts for"
                        + " its clinic only.")),
            "schemas",
            ApiSchemas.components(dtos)));
    return doc;
  }

  private static Map<String, Object> operation(ApiRoute r) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("operationId", r.operationId());
    op.put("tags", List.of(r.tag()));
    op.put("summary", r.summary());
    if (!r.parameters().isEmpty()) {
      op.put("parameters", r.parameters().stream().map(OpenApiDocument::parameter).toList());
    }
    if (r.requestBody() != null) {
      op.put(
          "requestBody",
          Map.of(
              "required",
              true,
              "description",
              r.requestBody().description()
                  + " At most "
                  + ApiJson.humanSize(r.requestBody().maxBytes())
                  + ".",
              "content",
              Map.of(r.requestBody().mediaType(), Map.of("schema", r.requestBody().schema()))));
    }
    Map<String, Object> responses = new LinkedHashMap<>();
    Map<String, Object> success = new LinkedHashMap<>();
    success.put("description", r.success().description());
    if (r.success().location()) {
      success.put(
          "headers",
          Map.of(
              "Location",
              Map.of(
                  "description",
                  "The address of what was created.",
                  "schema",
                  Map.of("type", "string", "format", "uri-reference"))));
    }
    success.put("content", Map.of(r.success().mediaType(), Map.of("schema", r.success().schema())));
    responses.put(String.valueOf(r.success().status()), success);
    TreeSet<Integer> errors = new TreeSet<>(r.errors());
    errors.add(401);
    for (int status : errors) {
      responses.put(
          String.valueOf(status),
          Map.of(
              "description",
              ERROR_MEANINGS.getOrDefault(status, "A problem"),
              "content",
              Map.of("application/problem+json", Map.of("schema", ApiSchemas.PROBLEM))));
    }
    op.put("responses", responses);
    return op;
  }

  private static Map<String, Object> parameter(ApiRoute.Param p) {
    return Map.of(
        "name",
        p.name(),
        "in",
        p.in().wire(),
        "required",
        p.required(),
        "description",
        p.description(),
        "schema",
        p.schema());
  }
}
