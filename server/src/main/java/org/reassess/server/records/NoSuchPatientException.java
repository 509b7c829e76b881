package org.reassess.server.records;

/**
 * The patient (or a record of theirs) does not exist in the caller's clinic. The same answer is
 * given when it exists in another clinic, so that identifiers reveal nothing across clinics.
 */
public final class NoSuchPatientException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NoSuchPatientException(String what) {
    super(what + " is not in your clinic's records");
  }
}
