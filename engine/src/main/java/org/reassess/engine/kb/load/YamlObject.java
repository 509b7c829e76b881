package org.reassess.engine.kb.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.kb.SourceLocation;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read strictly: every access records a problem with its line and column instead of
 * throwing, unknown keys are reported, and positions stay available for expressions. This keeps the
 * Synthea trap (a misspelt key silently read as absent) out of the knowledge base.
 */
final class YamlObject {
  private final String file;
  private final List<String> lines;
  private final Node node;
  private final Map<String, Node> entries = new LinkedHashMap<>();
  private final Issues issues;

  /**
   * @param lines the file's text, line by line, to place problems inside block-scalar expressions
   *     (snakeyaml does not keep a block's indentation)
   */
  YamlObject(String file, List<String> lines, Node node, Issues issues) {
    this.file = file;
    this.lines = lines;
    this.node = node;
    this.issues = issues;
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          if (entries.putIfAbsent(key.getValue(), tuple.getValueNode()) != null) {
            issues.at(file, key, "duplicate key \"" + key.getValue() + "\"");
          }
        } else {
          issues.at(file, tuple.getKeyNode(), "keys must be plain names");
        }
      }
    } else {
      issues.at(file, node, "expected a mapping (key: value)");
    }
  }

  String file() {
    return file;
  }

  /** Line {@code oneBased} of the file as written; empty past the end. */
  String lineText(int oneBased) {
    return oneBased >= 1 && oneBased <= lines.size() ? lines.get(oneBased - 1) : "";
  }

  SourceLocation location() {
    return locationOf(node);
  }

  SourceLocation locationOf(Node n) {
    return new SourceLocation(
        file, n.getStartMark().getLine() + 1, n.getStartMark().getColumn() + 1);
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  Optional<Node> node(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  void rejectUnknown(Set<String> allowed) {
    for (Map.Entry<String, Node> e : entries.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        issues.at(
            file, e.getValue(), "unknown key \"" + e.getKey() + "\"; expected one of " + allowed);
      }
    }
  }

  /** A required scalar; "" (and a problem) when missing or not a scalar. */
  String string(String key) {
    return optionalString(key)
        .orElseGet(
            () -> {
              if (!has(key)) {
                issues.at(file, node, "missing required key \"" + key + "\"");
              }
              return "";
            });
  }

  Optional<String> optionalString(String key) {
    Node n = entries.get(key);
    if (n == null) {
      return Optional.empty();
    }
    if (n instanceof ScalarNode s) {
      return Optional.of(s.getValue());
    }
    issues.at(file, n, "\"" + key + "\" must be a single value");
    return Optional.empty();
  }

  /** A required scalar node (for expressions, whose positions matter). */
  @Nullable ScalarNode scalar(String key) {
    Node n = entries.get(key);
    if (n == null) {
      issues.at(file, node, "missing required key \"" + key + "\"");
      return null;
    }
    if (n instanceof ScalarNode s) {
      return s;
    }
    issues.at(file, n, "\"" + key + "\" must be a single value");
    return null;
  }

  double number(String key, double fallback, boolean required) {
    Optional<String> raw = optionalString(key);
    if (raw.isEmpty()) {
      if (required && !has(key)) {
        issues.at(file, node, "missing required key \"" + key + "\"");
      }
      return fallback;
    }
    try {
      return Double.parseDouble(raw.get());
    } catch (NumberFormatException e) {
      issues.at(file, entries.get(key), "\"" + key + "\" must be a number, not " + raw.get());
      return fallback;
    }
  }

  Optional<YamlObject> object(String key) {
    Node n = entries.get(key);
    return n == null ? Optional.empty() : Optional.of(new YamlObject(file, lines, n, issues));
  }

  YamlObject requiredObject(String key) {
    Node n = entries.get(key);
    if (n == null) {
      issues.at(file, node, "missing required key \"" + key + "\"");
      // the missing key is the one problem: the stand-in's own missing keys are not reported
      return new YamlObject(file, lines, emptyMapping(node.getStartMark()), new Issues());
    }
    return new YamlObject(file, lines, n, issues);
  }

  /**
   * A stand-in for a missing mapping, so reading can go on and report every other problem. It needs
   * a position: every problem is reported at one.
   */
  static MappingNode emptyMapping(Mark at) {
    return new MappingNode(
        org.yaml.snakeyaml.nodes.Tag.MAP,
        true,
        List.of(),
        at,
        at,
        org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
  }

  /** Line 1, column 1 of {@code file}. */
  static Mark startOf(String file) {
    return new Mark(file, 0, 0, 0, new int[0], 0);
  }

  /** A list of mappings; empty when absent. */
  List<YamlObject> objects(String key) {
    List<YamlObject> out = new ArrayList<>();
    for (Node item : sequence(key)) {
      out.add(new YamlObject(file, lines, item, issues));
    }
    return out;
  }

  /** A list of scalars with their nodes; empty when absent. */
  List<ScalarNode> scalars(String key) {
    List<ScalarNode> out = new ArrayList<>();
    for (Node item : sequence(key)) {
      if (item instanceof ScalarNode s) {
        out.add(s);
      } else {
        issues.at(file, item, "expected a single value in \"" + key + "\"");
      }
    }
    return out;
  }

  List<String> strings(String key) {
    return scalars(key).stream().map(ScalarNode::getValue).toList();
  }

  /** The keys of a nested mapping with their value nodes, for maps such as thresholds. */
  Map<String, Node> entries() {
    return entries;
  }

  private List<Node> sequence(String key) {
    Node n = entries.get(key);
    if (n == null) {
      return List.of();
    }
    if (n instanceof SequenceNode seq) {
      return seq.getValue();
    }
    issues.at(file, n, "\"" + key + "\" must be a list");
    return List.of();
  }

  void problem(Node at, String message) {
    issues.at(file, at, message);
  }

  void problem(String message) {
    issues.at(file, node, message);
  }
}
