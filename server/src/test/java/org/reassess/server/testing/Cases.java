package org.reassess.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's example cases (examples/*.json), as bytes, for tests. */
public final class Cases {

  private Cases() {}

  /** The example named {@code name} (without .json). */
  public static byte[] example(String name) {
    try {
      return Files.readAllBytes(examples().resolve(name + ".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The examples folder: tests run in server/, the examples live beside it. */
  public static Path examples() {
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("examples"))) {
        return p.resolve("examples");
      }
    }
    throw new IllegalStateException("no examples/ folder above " + here);
  }
}
