package org.reassess.bench.load;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code --name value} command-line flags of the load-benchmark tools; {@code --name} alone is
 * "true".
 */
record Flags(Map<String, String> values) {

  static Flags parse(String[] args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      String name = args[i].substring(2);
      boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
      values.put(name, hasValue ? args[++i] : "true");
    }
    return new Flags(Map.copyOf(values));
  }

  String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  String required(String name) {
    String v = values.get(name);
    if (v == null) {
      throw new IllegalArgumentException("missing --" + name);
    }
    return v;
  }

  int number(String name, int fallback) {
    String v = values.get(name);
    return v == null ? fallback : Integer.parseInt(v);
  }

  boolean on(String name) {
    return Boolean.parseBoolean(values.getOrDefault(name, "false"));
  }
}
