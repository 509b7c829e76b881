package org.reassess.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reassess.engine.Engine;
import org.reassess.engine.FixedIds;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.assessment.CauseResult;
import org.reassess.engine.assessment.Triage;
import org.reassess.engine.assessment.WorkupSuggestion;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseReader;

/**
 * The clinical regression suite: every vignette of {@code src/test/resources/vignettes} is a
 * realistic patient with the triage, leading causes, work-up and exclusions a specialist expects,
 * and the reference rows it is built from.
 */
class VignetteSuiteTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Engine engine;

  @BeforeAll
  static void loadEngine() throws Exception {
    engine = new Engine(KbFiles.knowledgeBase());
  }

  static Stream<Path> vignettes() throws IOException {
    try (Stream<Path> files = Files.list(KbFiles.vignettes())) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @Test
  void suiteCoversEveryCauseAndRedFlag() throws IOException {
    List<JsonNode> all = new ArrayList<>();
    for (Path p : vignettes().toList()) {
      all.add(JSON.readTree(p.toFile()));
    }
    assertThat(all).hasSizeGreaterThanOrEqualTo(48);
    List<String> causes =
        all.stream().flatMap(v -> strings(v.path("expect").path("topCauses")).stream()).toList();
    List<String> flags =
        all.stream().flatMap(v -> strings(v.path("expect").path("redFlags")).stream()).toList();
    assertThat(causes).containsAll(FixedIds.CAUSES);
    assertThat(flags).containsAll(FixedIds.RED_FLAGS);
    assertThat(all).allSatisfy(v -> assertThat(strings(v.path("sources"))).isNotEmpty());
  }

  @ParameterizedTest(name = "{index} {0}")
  @MethodSource("vignettes")
  void vignette(Path file) throws Exception {
    JsonNode vignette = JSON.readTree(file.toFile());
    JsonNode expect = vignette.path("expect");
    CaseDocument c = CaseReader.strict().read(JSON.writeValueAsBytes(vignette.path("case")));
    Assessment a = engine.assess(c);

    List<String> ranked = a.differential().stream().map(CauseResult::cause).toList();
    List<String> raised = a.triage().redFlags().stream().map(Triage.RaisedRedFlag::id).toList();
    List<String> workup = a.workup().stream().map(WorkupSuggestion::test).toList();
    String picture =
        " in "
            + file.getFileName()
            + "\n  tier "
            + a.triage().tier()
            + ", red flags "
            + raised
            + "\n  differential "
            + a.differential().stream()
                .limit(6)
                .map(r -> r.cause() + "=" + r.probability() + "(" + r.likelihood() + ")")
                .collect(Collectors.joining(", "))
            + "\n  work-up "
            + workup;

    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(a.triage().tier()).as("tier" + picture).isEqualTo(expect.path("tier").asText());
    for (String flag : strings(expect.path("redFlags"))) {
      soft.assertThat(raised).as("red flags" + picture).contains(flag);
    }
    if (expect.path("tier").asText().equals("routine")) {
      soft.assertThat(raised).as("no red flag on a routine case" + picture).isEmpty();
    }
    List<String> topThree = ranked.subList(0, Math.min(3, ranked.size()));
    for (String cause : strings(expect.path("topCauses"))) {
      soft.assertThat(topThree).as("top three causes" + picture).contains(cause);
    }
    for (String cause : strings(expect.path("notLikely"))) {
      soft.assertThat(likelihood(a, cause))
          .as(cause + " must not be likely" + picture)
          .isNotEqualTo("likely");
    }
    for (String test : strings(expect.path("workup"))) {
      soft.assertThat(workup).as("work-up" + picture).contains(test);
    }
    for (String test : strings(expect.path("notWorkup"))) {
      soft.assertThat(workup)
          .as("tests already answered in the case" + picture)
          .doesNotContain(test);
    }
    JsonNode options = expect.path("options");
    for (String option : strings(options.path("recommendedOrConsider"))) {
      soft.assertThat(recommendation(a, option))
          .as(option + " must be recommended or considered" + picture + plan(a))
          .isIn("recommended", "consider");
    }
    for (String option : strings(options.path("notRecommended"))) {
      soft.assertThat(recommendation(a, option))
          .as(option + " must not be recommended" + picture + plan(a))
          .isNotEqualTo("recommended");
    }
    soft.assertAll();
  }

  private static String recommendation(Assessment a, String option) {
    return a.plan().options().stream()
        .filter(o -> o.option().equals(option))
        .map(o -> o.recommendation())
        .findFirst()
        .orElseThrow(() -> new AssertionError("option not considered: " + option));
  }

  private static String plan(Assessment a) {
    return "\n  plan "
        + a.plan().options().stream()
            .filter(o -> !o.recommendation().equals("not_recommended"))
            .map(o -> o.option() + "=" + o.recommendation())
            .collect(Collectors.joining(", "));
  }

  private static String likelihood(Assessment a, String cause) {
    return a.differential().stream()
        .filter(r -> r.cause().equals(cause))
        .map(CauseResult::likelihood)
        .findFirst()
        .orElseThrow(() -> new AssertionError("cause not weighed: " + cause));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
