package org.reassess.cli;

/**
 * The exit codes fixed by {@code assessment-format.md} ("Command line"); every command uses these.
 */
final class ExitCodes {
  static final int SUCCESS = 0;
  static final int INTERNAL_ERROR = 1;

  /** At least one input is invalid: a bad case file, a missing file, or a wrong command line. */
  static final int INVALID_INPUT = 2;

  private ExitCodes() {}
}
