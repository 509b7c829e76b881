package org.reassess.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import org.reassess.engine.kb.KnowledgeBase;
import org.reassess.engine.kb.load.KbSource;
import org.reassess.engine.kb.load.KnowledgeBaseException;

/** Paths of the knowledge base and the shared reference, and the loaded built-in knowledge base. */
final class KbFiles {
  private KbFiles() {}

  /** The knowledge base as authors edit it (the module's resources folder). */
  static Path kbDirectory() {
    return Path.of("src/main/resources/kb").toAbsolutePath();
  }

  static Path vignettes() {
    return Path.of("src/test/resources/vignettes").toAbsolutePath();
  }

  /** shared/clinical/reference.md, which CI and every developer have beside the repository. */
  static Path reference() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null) {
      Path candidate = p.resolve("shared/clinical/reference.md");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
      p = p.getParent();
    }
    throw new IllegalStateException(
        "shared/clinical/reference.md not found beside the repository: the clinical reference is"
            + " the contract every citation is checked against");
  }

  private static KnowledgeBase loaded;

  static synchronized KnowledgeBase knowledgeBase() throws KnowledgeBaseException {
    if (loaded == null) {
      loaded = KnowledgeBase.load(KbSource.directory(kbDirectory()));
    }
    return loaded;
  }
}
