package org.reassess.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reassess.server.testing.TestDatabases;

/**
 * {@code /openapi.json} against the running server: every documented operation answers with its
 * documented status and media type, and the documented operations are exactly the registered {@code
 * /api} routes.
 */
class OpenApiTest {

  private static final Pattern PATH_PARAM = Pattern.compile("\\{(\\w+)}");

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void everyDocumentedOperationAnswersAsDocumented(TestDatabases.Kind kind) {
    try (ApiFixture f = ApiFixture.start(kind)) {
      JsonNode doc = document(f);
      ApiClient api = f.api(f.issueToken("openapi", "Clinic A"));
      // a patient with one evaluated case: what the path parameters name
      long pid =
          ApiClient.json(api.postJson("/api/patients", "{\"displayName\": \"Ada\"}"))
              .get("id")
              .asLong();
      long aid =
          ApiClient.json(
                  api.post(
                      "/api/patients/" + pid + "/cases",
                      "application/json",
                      ApiFixture.exampleCase()))
              .get("assessmentId")
              .asLong();
      Map<String, String> params =
          Map.of("pid", Long.toString(pid), "rev", "1", "aid", Long.toString(aid));
      Map<String, byte[]> bodies =
          Map.of(
              "createPatient",
                  "{\"displayName\": \"Bea\", \"mrn\": \"B-2\"}".getBytes(StandardCharsets.UTF_8),
              "saveCase", ApiFixture.exampleCase(),
              "recordVisit",
                  "{\"measuredOn\": \"2025-01-10\", \"values\": {\"odi\": 30}}"
                      .getBytes(StandardCharsets.UTF_8));

      int called = 0;
      for (Operation op : operations(doc)) {
        String path = fill(op.path(), params);
        byte[] body = bodies.get(op.id());
        if (op.hasBody()) {
          assertThat(body).as("a test body for " + op.id()).isNotNull();
        }
        HttpResponse<String> r = call(api, op, path, body);
        assertThat(r.statusCode()).as(op + " " + r.body()).isEqualTo(op.successStatus());
        assertThat(ApiClient.contentType(r)).as(op.toString()).startsWith(op.successMediaType());

        HttpResponse<String> anonymous = call(f.anonymous(), op, path, body);
        assertThat(anonymous.statusCode()).as(op.toString()).isEqualTo(401);
        assertThat(op.errorStatuses()).as(op.toString()).contains(401);
        if (op.path().contains("{pid}")) {
          HttpResponse<String> missing =
              call(api, op, fill(op.path(), Map.of("pid", "999999", "rev", "1", "aid", "1")), body);
          assertThat(missing.statusCode()).as(op.toString()).isEqualTo(404);
          assertThat(op.errorStatuses()).as(op.toString()).contains(404);
        }
        called++;
      }
      assertThat(called).isGreaterThanOrEqualTo(8);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void documentsExactlyTheRegisteredApiRoutes(TestDatabases.Kind kind) {
    try (ApiFixture f = ApiFixture.start(kind)) {
      JsonNode doc = document(f);
      Set<String> documented = new HashSet<>();
      for (Operation op : operations(doc)) {
        documented.add(op.method().toUpperCase(Locale.ROOT) + " " + op.path());
      }
      List<String> registered =
          f.server.server().routes().stream()
              .filter(r -> r.contains(" /api/") || r.endsWith(" /api"))
              .toList();

      assertThat(registered).doesNotHaveDuplicates();
      assertThat(registered).containsExactlyInAnyOrderElementsOf(documented);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void isAPublicOpenApi31DocumentWhoseReferencesResolve(TestDatabases.Kind kind) {
    try (ApiFixture f = ApiFixture.start(kind)) {
      JsonNode doc = document(f);

      assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
      JsonNode bearer = doc.at("/components/securitySchemes/bearerAuth");
      assertThat(bearer.get("type").asText()).isEqualTo("http");
      assertThat(bearer.get("scheme").asText()).isEqualTo("bearer");
      assertThat(doc.at("/security/0").has("bearerAuth")).isTrue();
      JsonNode schemas = doc.at("/components/schemas");
      assertThat(schemas.has("Problem")).isTrue();
      assertThat(schemas.at("/Patient/properties/displayName/type").asText()).isEqualTo("string");
      assertThat(schemas.at("/Patient/properties/mrn/type").toString())
          .isEqualTo("[\"string\",\"null\"]");
      assertThat(schemas.at("/NewPatient/additionalProperties").asBoolean(true)).isFalse();
      assertThat(schemas.at("/Case/title").asText()).isEqualTo("reassess-case/1");

      Set<String> operationIds = new HashSet<>();
      for (Operation op : operations(doc)) {
        assertThat(operationIds.add(op.id())).as("unique " + op.id()).isTrue();
      }
      for (String ref : doc.findValuesAsText("$ref")) {
        if (ref.startsWith("#/components/schemas/")) {
          assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        } else {
          // inside the embedded case schema, whose $id makes its own #/$defs resolve within it
          assertThat(ref).startsWith("#/$defs/");
          assertThat(schemas.at("/Case" + ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
      }
    }
  }

  private static JsonNode document(ApiFixture f) {
    HttpResponse<String> r = f.anonymous().get("/openapi.json");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(ApiClient.contentType(r)).startsWith("application/json");
    return ApiClient.json(r);
  }

  /** One operation of the document, as the test needs it. */
  record Operation(
      String path,
      String method,
      String id,
      boolean hasBody,
      @org.jspecify.annotations.Nullable String bodyMediaType,
      int successStatus,
      String successMediaType,
      List<Integer> errorStatuses) {}

  private static List<Operation> operations(JsonNode doc) {
    List<Operation> ops = new ArrayList<>();
    for (var path : doc.get("paths").properties()) {
      for (var method : path.getValue().properties()) {
        JsonNode op = method.getValue();
        int success = 0;
        String media = "";
        List<Integer> errors = new ArrayList<>();
        for (var response : op.get("responses").properties()) {
          int status = Integer.parseInt(response.getKey());
          JsonNode content = response.getValue().get("content");
          if (status < 300) {
            success = status;
            media = content.properties().iterator().next().getKey();
          } else {
            errors.add(status);
            assertThat(content.has("application/problem+json")).as(path.getKey()).isTrue();
          }
        }
        JsonNode body = op.get("requestBody");
        ops.add(
            new Operation(
                path.getKey(),
                method.getKey(),
                op.get("operationId").asText(),
                body != null,
                body == null ? null : body.get("content").properties().iterator().next().getKey(),
                success,
                media,
                errors));
      }
    }
    return ops;
  }

  private static HttpResponse<String> call(
      ApiClient client, Operation op, String path, byte[] body) {
    return switch (op.method()) {
      case "get" -> client.get(path);
      case "post" -> client.post(path, op.bodyMediaType(), body);
      default -> throw new AssertionError("the test does not call " + op.method() + " yet");
    };
  }

  private static String fill(String path, Map<String, String> params) {
    Matcher m = PATH_PARAM.matcher(path);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = params.get(m.group(1));
      assertThat(value).as("a test value for {" + m.group(1) + "}").isNotNull();
      m.appendReplacement(out, value);
    }
    m.appendTail(out);
    return out.toString();
  }
}
