package org.reassess.server.records;

/** A change to a patient record was refused for a reason the user can act on (the message). */
public final class RecordException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RecordException(String message) {
    super(message);
  }
}
