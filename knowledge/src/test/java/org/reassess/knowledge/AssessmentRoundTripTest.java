package org.reassess.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reassess.engine.Engine;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.assessment.AssessmentReader;
import org.reassess.engine.assessment.AssessmentWriter;
import org.reassess.engine.casefile.CaseReader;

/**
 * A stored assessment read back is the same assessment: writing it again gives the same bytes, for
 * every vignette (the server shows and prints stored assessments, never re-evaluated ones).
 */
class AssessmentRoundTripTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Engine engine;

  @BeforeAll
  static void loadEngine() throws Exception {
    engine = new Engine(KbFiles.knowledgeBase());
  }

  @Test
  void everyVignettesAssessmentReadsBackToTheSameBytes() throws Exception {
    List<Path> files;
    try (Stream<Path> listed = Files.list(KbFiles.vignettes())) {
      files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      String written = AssessmentWriter.toJson(engine.assess(caseOf(file)));
      Assessment read = AssessmentReader.read(written);
      assertThat(AssessmentWriter.toJson(read))
          .as(file.getFileName().toString())
          .isEqualTo(written);
    }
  }

  @Test
  void refusesADocumentThatIsNotAnAssessment() {
    assertThatThrownBy(() -> AssessmentReader.read("{\"format\":\"reassess-case/1\"}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AssessmentReader.read("not json"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static org.reassess.engine.casefile.CaseDocument caseOf(Path file) throws IOException {
    JsonNode vignette = JSON.readTree(file.toFile());
    try {
      return CaseReader.strict().read(JSON.writeValueAsBytes(vignette.path("case")));
    } catch (org.reassess.engine.casefile.CaseValidationException e) {
      throw new AssertionError(file + " is not a valid case", e);
    }
  }
}
