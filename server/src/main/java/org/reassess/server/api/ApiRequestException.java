package org.reassess.server.api;

import java.util.List;
import org.reassess.engine.casefile.ValidationIssue;

/**
 * A request the API refuses for a reason the caller can fix (bad JSON, wrong content type, a body
 * too large, a malformed parameter, invalid content): answered with {@link #status()} as a problem
 * document whose detail is the message, and whose {@code errors} are {@link #issues()}, each at its
 * JSON pointer, when there are any.
 */
public final class ApiRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;

  @SuppressWarnings("serial") // List.copyOf returns a serializable list; the type cannot say so
  private final List<ValidationIssue> issues;

  public ApiRequestException(int status, String title, String detail) {
    this(status, title, detail, List.of());
  }

  public ApiRequestException(
      int status, String title, String detail, List<ValidationIssue> issues) {
    super(detail);
    this.status = status;
    this.title = title;
    this.issues = List.copyOf(issues);
  }

  /** 400: the request is malformed. */
  static ApiRequestException badRequest(String detail) {
    return new ApiRequestException(400, "Bad request", detail);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** Every problem of the request's content, each at its JSON pointer; empty when not per field. */
  public List<ValidationIssue> issues() {
    return issues;
  }
}
