package org.reassess.engine.kb;

/** Where something was written: a knowledge-base file (relative path), 1-based line and column. */
public record SourceLocation(String file, int line, int column) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
