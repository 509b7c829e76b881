package org.reassess.engine.casefile;

/** Builds RFC 6901 JSON pointers; {@code ""} is the whole document. Stateless. */
final class Pointers {

  private Pointers() {}

  /** The pointer to member {@code name} of the object at {@code parent}. */
  static String child(String parent, String name) {
    return parent + "/" + escape(name);
  }

  /** The pointer to element {@code index} of the array at {@code parent}. */
  static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** Escapes one reference token: {@code ~} becomes {@code ~0} and {@code /} becomes {@code ~1}. */
  static String escape(String token) {
    // "~" first, or the "~" introduced for "/" would be escaped again
    return token.replace("~", "~0").replace("/", "~1");
  }
}
