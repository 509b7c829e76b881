package org.reassess.engine.kb.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where knowledge-base files come from: a directory (for authors and {@code kb check}) or the
 * classpath (the built-in knowledge base). Paths are relative and use {@code /}.
 */
public interface KbSource {

  /** The file's text, or empty when there is no such file. */
  Optional<String> read(String relativePath);

  /**
   * The YAML files directly in {@code folder}, sorted, or empty when the source cannot list (the
   * classpath), in which case the loader reads the fixed file names only.
   */
  List<String> list(String folder);

  /** A human description for messages. */
  String describe();

  static KbSource directory(Path root) {
    return new KbSource() {
      @Override
      public Optional<String> read(String relativePath) {
        Path file = root.resolve(relativePath);
        if (!Files.isRegularFile(file)) {
          return Optional.empty();
        }
        try {
          return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public List<String> list(String folder) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
          return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
          return files
              .map(p -> folder + "/" + p.getFileName())
              .filter(name -> name.endsWith(".yaml") || name.endsWith(".yml"))
              .sorted()
              .toList();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public String describe() {
        return root.toString();
      }
    };
  }

  /** The knowledge base under {@code root} on the classpath of {@code loader} ({@code "kb"}). */
  static KbSource classpath(ClassLoader loader, String root) {
    return new KbSource() {
      @Override
      public Optional<String> read(String relativePath) {
        try (InputStream in = loader.getResourceAsStream(root + "/" + relativePath)) {
          if (in == null) {
            return Optional.empty();
          }
          return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public List<String> list(String folder) {
        return List.of();
      }

      @Override
      public String describe() {
        return "classpath:" + root;
      }
    };
  }
}
