package org.reassess.engine.kb.load;

/** One problem in the knowledge base, printed as {@code FILE:LINE:COL: message}. */
public record KbIssue(String file, int line, int column, String message)
    implements Comparable<KbIssue> {

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }

  @Override
  public int compareTo(KbIssue o) {
    int byFile = file.compareTo(o.file);
    if (byFile != 0) {
      return byFile;
    }
    int byLine = Integer.compare(line, o.line);
    return byLine != 0 ? byLine : Integer.compare(column, o.column);
  }
}
