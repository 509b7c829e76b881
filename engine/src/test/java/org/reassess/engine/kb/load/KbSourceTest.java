package org.reassess.engine.kb.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reassess.engine.kb.KbFixture;
import org.reassess.engine.kb.KnowledgeBase;

/**
 * The same files give the same knowledge base whether read from a directory (authors, {@code kb
 * check}) or the classpath (the built-in knowledge base), and the content hash that stamps every
 * assessment follows the files' content and nothing else.
 */
class KbSourceTest {

  @TempDir static Path sharedDir;
  @TempDir Path dir;
  private static KnowledgeBase fromDirectory;
  private static KnowledgeBase fromClasspath;

  @BeforeAll
  static void loadTheFixtureBothWays() throws Exception {
    fromDirectory = KbFixture.in(sharedDir).load();
    try (URLClassLoader classpath = classpathOf(sharedDir)) {
      fromClasspath = KnowledgeBase.load(KbSource.classpath(classpath, "kb"));
    }
  }

  /** A class path holding only {@code dir}, so its {@code kb} folder reads as resources "kb/…". */
  private static URLClassLoader classpathOf(Path dir) throws Exception {
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
  }

  @Test
  void classpathAndDirectoryGiveTheSameKnowledgeBase() {
    assertThat(fromClasspath.contentHash()).isEqualTo(fromDirectory.contentHash());
    assertThat(fromClasspath.version()).isEqualTo(fromDirectory.version());
    assertThat(fromClasspath.causes()).hasSameSizeAs(fromDirectory.causes());
    assertThat(fromClasspath.tests()).hasSameSizeAs(fromDirectory.tests());
  }

  @Test
  void directoryListsItsYamlFilesSorted() {
    KbFixture fixture = KbFixture.in(dir).write("causes/notes.txt", "not yaml");
    assertThat(fixture.source().list("contributors"))
        .startsWith("contributors/anxiety.yaml", "contributors/catastrophizing.yaml")
        .hasSize(10)
        .isSorted();
    assertThat(fixture.source().list("causes")).hasSize(24).noneMatch(p -> p.endsWith(".txt"));
    assertThat(fixture.source().list("no-such-folder")).isEmpty();
    assertThat(fixture.source().read("no-such-file.yaml")).isEmpty();
    assertThat(fixture.source().read("kb.yaml")).contains(KbFixture.kbYaml(0.1, 5));
  }

  @Test
  void classpathReadsFilesButCannotListThem() throws Exception {
    try (URLClassLoader classpath = classpathOf(sharedDir)) {
      KbSource source = KbSource.classpath(classpath, "kb");
      assertThat(source.list("causes")).isEmpty();
      assertThat(source.read("kb.yaml")).contains(KbFixture.kbYaml(0.1, 5));
      assertThat(source.read("no-such-file.yaml")).isEmpty();
      assertThat(source.describe()).isEqualTo("classpath:kb");
    }
  }

  @Test
  void strayEntryIsUnseenOnTheClasspathWhichReadsOnlyTheFixedNames() throws Exception {
    // from a directory this file is an error (KbFilesTest); the classpath cannot list it
    KbFixture.in(dir).write("causes/failed_back.yaml", "id: failed_back\n");
    try (URLClassLoader classpath = classpathOf(dir)) {
      assertThat(KbLinter.check(KbSource.classpath(classpath, "kb"))).isEmpty();
    }
  }

  @Test
  void contentHashIsTheSameForTheSameFilesWhereverTheyAre() throws Exception {
    String elsewhere = KbFixture.in(dir).load().contentHash();
    assertThat(elsewhere).matches("sha256:[0-9a-f]{64}").isEqualTo(fromDirectory.contentHash());
  }

  @Test
  void contentHashChangesWhenAnyFileChangesEvenByAComment() throws Exception {
    KbFixture fixture = KbFixture.in(dir);
    Path cause = fixture.root().resolve("causes/pseudarthrosis.yaml");
    fixture.write("causes/pseudarthrosis.yaml", Files.readString(cause) + "# a comment\n");
    assertThat(fixture.load().contentHash()).isNotEqualTo(fromDirectory.contentHash());
  }
}
