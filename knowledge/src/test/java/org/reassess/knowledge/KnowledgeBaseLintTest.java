package org.reassess.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reassess.engine.kb.load.KbIssue;
import org.reassess.engine.kb.load.KbLinter;
import org.reassess.engine.kb.load.KbSource;

/** The shipped knowledge base loads and lints clean: the same check as ./reassess kb check. */
class KnowledgeBaseLintTest {

  @Test
  void shippedKnowledgeBaseHasNoProblems() {
    List<KbIssue> issues = KbLinter.check(KbSource.directory(KbFiles.kbDirectory()));
    assertThat(issues).extracting(KbIssue::toString).isEmpty();
  }

  @Test
  void classpathAndDirectoryGiveTheSameKnowledgeBase() throws Exception {
    var fromDirectory = KbFiles.knowledgeBase();
    var fromClasspath =
        org.reassess.engine.kb.KnowledgeBase.load(
            KbSource.classpath(getClass().getClassLoader(), "kb"));
    assertThat(fromClasspath.contentHash()).isEqualTo(fromDirectory.contentHash());
    assertThat(fromClasspath.version()).isEqualTo(fromDirectory.version());
  }
}
