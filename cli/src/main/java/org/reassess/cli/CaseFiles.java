package org.reassess.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseReader;
import org.reassess.engine.casefile.CaseValidationException;
import org.reassess.engine.casefile.ValidationIssue;

/**
 * Reads case files named on the command line, turning every way a file can be wrong into the {@code
 * FILE: JSON-pointer: message} lines of {@code assessment-format.md}. Shared by {@code validate}
 * and {@code evaluate} so both say the same thing about the same file.
 */
final class CaseFiles {
  private CaseFiles() {}

  /**
   * A file's case, or the error lines explaining why there is none.
   *
   * @param document the case, null when {@code problems} is not empty
   */
  record Read(@Nullable CaseDocument document, List<String> problems) {}

  /** Reads {@code file} (as the user typed it; relative to the current directory). */
  static Read read(String file, CaseReader reader) {
    try {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        // reading one fails with a bare "Is a directory"; say it in the words of the other reasons
        return new Read(null, List.of(cannotRead(file, "is a directory")));
      }
      return new Read(reader.read(path), List.of());
    } catch (CaseValidationException invalid) {
      return new Read(null, invalid.issues().stream().map(issue -> line(file, issue)).toList());
    } catch (IOException | InvalidPathException unreadable) {
      return new Read(null, List.of(cannotRead(file, reason(unreadable))));
    }
  }

  private static String cannotRead(String file, String reason) {
    return file + ": : cannot read file (" + reason + ")";
  }

  private static String line(String file, ValidationIssue issue) {
    return file + ": " + issue.pointer() + ": " + issue.message();
  }

  /** Why a file could not be read, in words: the JDK's messages for these are just the path. */
  private static String reason(Exception unreadable) {
    if (unreadable instanceof NoSuchFileException) {
      return "no such file";
    }
    if (unreadable instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (unreadable instanceof InvalidPathException) {
      return "invalid path";
    }
    String message = unreadable.getMessage();
    return message == null || message.isBlank() ? unreadable.getClass().getSimpleName() : message;
  }
}
