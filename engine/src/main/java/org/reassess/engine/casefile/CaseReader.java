package org.reassess.engine.casefile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code reassess-case/1} document strictly: malformed JSON, duplicate keys, unknown
 * fields, unknown enumeration values, wrong types, out-of-range scores, missing required fields and
 * impossible dates are all errors, and all of them are reported at once, each with the JSON pointer
 * of the offending value (see {@code shared/spec/case-format.md}).
 *
 * <p>Input is bounded before it is parsed: more than 5 MB, or nesting deeper than 64 levels, is
 * refused without holding more than the limit in memory. Bad content only ever yields {@link
 * CaseValidationException} (or, from {@link #validate}, a non-empty list).
 *
 * <p>Unknown stays distinct from negative: an absent field is {@code null} in the {@link
 * CaseDocument}, an empty array stays an empty list.
 *
 * <p>Immutable and thread-safe; one instance can serve every read.
 */
public final class CaseReader {

  static final int MAX_BYTES = 5 * 1024 * 1024;
  static final int MAX_DEPTH = 64;
  static final String TOO_LARGE = "case is larger than the 5 MB limit";

  private static final CaseReader STRICT = new CaseReader();

  private final JsonTreeParser parser = new JsonTreeParser(MAX_BYTES, MAX_DEPTH);

  private CaseReader() {}

  /** The reader with the default limits: 5 MB, nesting depth 64. */
  public static CaseReader strict() {
    return STRICT;
  }

  /** The case in {@code json} (UTF-8, or any encoding JSON allows). */
  public CaseDocument read(byte[] json) throws CaseValidationException {
    Result result = evaluate(json);
    if (result.document == null || !result.issues.isEmpty()) {
      throw new CaseValidationException(result.issues);
    }
    return result.document;
  }

  /**
   * The case read from {@code in}, which is read up to one byte past the limit and not closed.
   *
   * @throws UncheckedIOException when the stream itself fails: that is not a problem of the case
   */
  public CaseDocument read(InputStream in) throws CaseValidationException {
    try {
      return read(in.readNBytes(MAX_BYTES + 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The case in {@code file}.
   *
   * @throws IOException when the file cannot be read (missing, unreadable)
   */
  public CaseDocument read(Path file) throws CaseValidationException, IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    return read(bytes);
  }

  /** Every problem in {@code json}, in the order they were met; empty when it is a valid case. */
  public List<ValidationIssue> validate(byte[] json) {
    return evaluate(json).issues;
  }

  private Result evaluate(byte[] json) {
    Issues issues = new Issues();
    if (json.length > MAX_BYTES) {
      issues.add("", TOO_LARGE);
      return new Result(null, issues.all());
    }
    ObjectNode root = parser.parse(json, issues);
    CaseDocument document = root == null ? null : CaseBinder.bind(root, issues);
    if (document != null) {
      CaseConsistency.check(document, issues);
    }
    return new Result(document, issues.all());
  }

  /** What one read found: the case when it could be bound, and every issue. */
  private record Result(@Nullable CaseDocument document, List<ValidationIssue> issues) {}
}
