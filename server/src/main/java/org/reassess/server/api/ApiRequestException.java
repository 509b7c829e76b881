package org.reassess.server.api;

/**
 * A request the API refuses for a reason the caller can fix (bad JSON, wrong content type, a body
 * too large, a malformed parameter): answered with {@link #status()} as a problem document whose
 * detail is the message.
 */
public final class ApiRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;

  public ApiRequestException(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
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
}
