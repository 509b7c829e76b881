package org.reassess.server.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The cases the tests read (the project's examples and the engine's fixtures) and the renderer. */
final class Fixtures {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Fixtures.class.getClassLoader(), "org.reassess.server.jte");

  private Fixtures() {}

  /** Every valid case: the examples and the engine's valid fixtures. */
  static List<Path> validCases() {
    return Stream.concat(
            files(ROOT.resolve("examples"), ".json"),
            files(ROOT.resolve("engine/src/test/resources/cases/valid"), ".json"))
        .toList();
  }

  /** Every invalid fixture of the case reader (syntax, structural, semantic). */
  static List<Path> invalidCases() {
    Path invalid = ROOT.resolve("engine/src/test/resources/cases/invalid");
    return Stream.of("syntax", "structural", "semantic")
        .flatMap(d -> files(invalid.resolve(d), ".json"))
        .toList();
  }

  static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String render(String template, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    TEMPLATES.render(template, params, out);
    return out.toString();
  }

  static String renderForm(FormView view) {
    return render(
        "form/caseForm.jte",
        Map.of(
            "view", view,
            "csrfToken", "token-123",
            "actionSave", "/patients/1/case",
            "actionDraft", "/patients/1/case/draft",
            "actionValidate", "/patients/1/case/validate"));
  }

  private static Stream<Path> files(Path dir, String suffix) {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.toString().endsWith(suffix)).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
