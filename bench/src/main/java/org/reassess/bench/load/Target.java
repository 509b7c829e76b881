package org.reassess.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A seeded patient and their latest assessment: what the load generator opens. The seed writes them
 * to a file (one {@code patientId assessmentId} per line) so the load needs no database.
 */
record Target(long patientId, long assessmentId) {

  String assessmentPath() {
    return "/patients/" + patientId + "/assessments/" + assessmentId;
  }

  static void write(Path file, List<Target> targets) {
    StringBuilder out = new StringBuilder();
    for (Target t : targets) {
      out.append(t.patientId).append(' ').append(t.assessmentId).append('\n');
    }
    try {
      Files.writeString(file, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Target> read(Path file) {
    try {
      return Files.readAllLines(file).stream()
          .filter(line -> !line.isBlank())
          .map(
              line -> {
                String t = line.strip();
                int space = t.indexOf(' ');
                return new Target(
                    Long.parseLong(t.substring(0, space)), Long.parseLong(t.substring(space + 1)));
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
