package org.reassess.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reassess.engine.Engine;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.casefile.CaseReader;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.load.KbSource;
import org.reassess.server.testing.Cases;

class BibliographyTest {

  @Test
  void listsEachCitedSourceOnceInReferenceNumberOrderWithItsTitle() throws Exception {
    Engine engine =
        new Engine(KnowledgeBase.load(KbSource.classpath(getClass().getClassLoader(), "kb")));
    Assessment a = engine.assess(CaseReader.strict().read(Cases.example("cauda-equina-red-flag")));

    List<Bibliography.Source> sources = Bibliography.of(a, Map.of("R1", "The first source"));

    List<String> keys = sources.stream().map(Bibliography.Source::key).toList();
    assertThat(keys).doesNotHaveDuplicates().hasSizeGreaterThan(2);
    // keys are R1 … R111b: ordered by their number, not as text (R2 before R10)
    List<Integer> numbers =
        keys.stream().map(k -> Integer.parseInt(k.replaceAll("[^0-9]", ""))).toList();
    assertThat(numbers).isSorted();
    assertThat(sources)
        .allSatisfy(
            s ->
                assertThat(s.title())
                    .isEqualTo(
                        s.key().equals("R1")
                            ? "The first source"
                            : "(not in the knowledge base's list)"));
  }
}
