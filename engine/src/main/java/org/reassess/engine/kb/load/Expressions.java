package org.reassess.engine.kb.load;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelValidationException;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.ast.CelReference;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelUnparser;
import dev.cel.parser.CelUnparserFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.CelVariableResolver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.features.Feature;
import org.reassess.engine.features.FeatureCatalog;
import org.reassess.engine.features.FeatureType;
import org.reassess.engine.features.Features;
import org.reassess.engine.kb.Condition;
import org.reassess.engine.kb.SourceLocation;
import org.reassess.engine.kb.Truth;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The CEL environment of the knowledge base: one variable per feature of {@link FeatureCatalog},
 * with its type, and boolean results. Compiling also checks string literals against the values a
 * feature can take, so {@code bladder == 'new_retnetion'} fails at load, not silently at run time.
 */
final class Expressions {

  private static final CelCompiler COMPILER = buildCompiler();

  private static final CelUnparser UNPARSER = CelUnparserFactory.newUnparser();
  private static final CelRuntime RUNTIME = CelRuntimeFactory.plannerRuntimeBuilder().build();

  private Expressions() {}

  private static CelCompiler buildCompiler() {
    CelCompilerBuilder builder =
        CelCompilerFactory.standardCelCompilerBuilder().setResultType(SimpleType.BOOL);
    for (Feature f : FeatureCatalog.all()) {
      builder.addVar(f.name(), celType(f.type()));
    }
    return builder.build();
  }

  private static CelType celType(FeatureType type) {
    return switch (type) {
      case BOOL -> SimpleType.BOOL;
      case INT -> SimpleType.INT;
      case DOUBLE -> SimpleType.DOUBLE;
      case STRING -> SimpleType.STRING;
      case STRING_LIST -> ListType.create(SimpleType.STRING);
    };
  }

  /**
   * Compiles the expression written in {@code node}; reports problems at the expression's own line
   * and column and returns null when it does not compile.
   */
  static @Nullable Condition compile(YamlObject owner, ScalarNode node, Issues issues) {
    String text = node.getValue().strip();
    SourceLocation at = owner.locationOf(node);
    if (text.isEmpty()) {
      owner.problem(node, "empty expression");
      return null;
    }
    CelAbstractSyntaxTree ast;
    try {
      ast = COMPILER.compile(text).getAst();
    } catch (CelValidationException e) {
      for (CelIssue issue : e.getErrors()) {
        int line = issue.getSourceLocation().getLine();
        int column = issue.getSourceLocation().getColumn();
        reportInExpression(owner, node, issues, Math.max(line, 1), Math.max(column, 0), issue);
      }
      return null;
    }
    List<String> literalProblems = new ArrayList<>();
    checkLiterals(ast.getExpr(), literalProblems);
    for (String problem : literalProblems) {
      owner.problem(node, problem);
    }
    if (!literalProblems.isEmpty()) {
      return null;
    }
    Kleene tree;
    try {
      tree = kleene(ast.getExpr(), ast, true);
    } catch (CelEvaluationException | CelValidationException e) {
      owner.problem(node, "cannot plan expression: " + e.getMessage());
      return null;
    }
    return new CelCondition(text, at, referencedFeatures(ast), tree);
  }

  private static void reportInExpression(
      YamlObject owner, ScalarNode node, Issues issues, int line, int column, CelIssue issue) {
    // CEL counts from the expression's start; map that onto the YAML file. A quoted or plain scalar
    // starts at the node's column (plus the quote); a block scalar starts on the next line.
    boolean block =
        node.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
            || node.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED;
    if (block) {
      SourceLocation at = inBlock(owner, node, line, column);
      issues.at(owner.file(), at.line(), at.column(), issue.getMessage());
      return;
    }
    boolean quoted =
        node.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED
            || node.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED;
    int fileLine = node.getStartMark().getLine() + line;
    int fileColumn;
    if (line == 1) {
      fileColumn = node.getStartMark().getColumn() + 1 + (quoted ? 1 : 0) + column;
    } else {
      fileColumn = column + 1;
    }
    // the container suffix is CEL's namespace detail, noise to a knowledge-base author
    issues.at(
        owner.file(), fileLine, fileColumn, issue.getMessage().replace(" (in container '')", ""));
  }

  /**
   * Where CEL's {@code line}/{@code column} of a block-scalar expression is in the file. snakeyaml
   * keeps neither the block's indentation nor how a folded block ({@code >}) joined its lines, so
   * the expression is walked beside the lines as written: a folded line break reads as a space.
   */
  private static SourceLocation inBlock(YamlObject owner, ScalarNode node, int line, int column) {
    String value = node.getValue();
    String text = value.strip();
    int lineStart = 0;
    for (int l = 1; l < line && text.indexOf('\n', lineStart) >= 0; l++) {
      lineStart = text.indexOf('\n', lineStart) + 1;
    }
    // the offset in the scalar's value of the character CEL points at
    int target = value.length() - value.stripLeading().length() + lineStart + column;

    int firstLine = node.getStartMark().getLine() + 2; // 1-based line after the indicator
    int contentLine = firstLine;
    while (contentLine <= node.getEndMark().getLine() + 1
        && owner.lineText(contentLine).isBlank()) {
      contentLine++;
    }
    String first = owner.lineText(contentLine);
    int indent = first.length() - first.stripLeading().length();

    int fileLine = contentLine;
    int at = 0; // position in the current line's content (after the indentation)
    for (int v = 0; v < target && v < value.length(); ) {
      String written = owner.lineText(fileLine);
      String content = written.length() > indent ? written.substring(indent) : "";
      char expected = value.charAt(v);
      if (at < content.length()) {
        if (content.charAt(at) == expected) {
          v++;
        }
        at++;
      } else {
        // end of a written line: a literal keeps the break, a folded block may make it a space
        if (expected == '\n' || expected == ' ') {
          v++;
        }
        fileLine++;
        at = 0;
        if (fileLine > node.getEndMark().getLine() + 1) {
          break;
        }
      }
    }
    return new SourceLocation(owner.file(), fileLine, indent + at + 1);
  }

  /** Features the expression reads, in the order they appear. */
  private static List<String> referencedFeatures(CelAbstractSyntaxTree ast) {
    Map<Long, String> byId = new TreeMap<>();
    for (Map.Entry<Long, CelReference> e : ast.getReferenceMap().entrySet()) {
      CelReference ref = e.getValue();
      if (ref.overloadIds().isEmpty() && FeatureCatalog.byName(ref.name()).isPresent()) {
        byId.put(e.getKey(), ref.name());
      }
    }
    return List.copyOf(new LinkedHashSet<>(byId.values()));
  }

  /** Compares of a feature with string literals: each literal must be a value it can take. */
  private static void checkLiterals(CelExpr expr, List<String> problems) {
    if (expr.getKind() == CelExpr.ExprKind.Kind.CALL) {
      String fn = expr.call().function();
      List<CelExpr> args = expr.call().args();
      if ((fn.equals("_==_") || fn.equals("_!=_")) && args.size() == 2) {
        checkPair(args.get(0), args.get(1), problems);
        checkPair(args.get(1), args.get(0), problems);
      }
      if (fn.equals("@in") && args.size() == 2) {
        // 'x' in listFeature, or feature in ['a', 'b']
        checkPair(args.get(1), args.get(0), problems);
        if (args.get(1).getKind() == CelExpr.ExprKind.Kind.LIST) {
          for (CelExpr element : args.get(1).list().elements()) {
            checkPair(args.get(0), element, problems);
          }
        }
      }
      for (CelExpr arg : args) {
        checkLiterals(arg, problems);
      }
      expr.call().target().ifPresent(t -> checkLiterals(t, problems));
    } else if (expr.getKind() == CelExpr.ExprKind.Kind.LIST) {
      for (CelExpr element : expr.list().elements()) {
        checkLiterals(element, problems);
      }
    }
  }

  private static void checkPair(CelExpr maybeIdent, CelExpr maybeLiteral, List<String> problems) {
    if (maybeIdent.getKind() != CelExpr.ExprKind.Kind.IDENT
        || maybeLiteral.getKind() != CelExpr.ExprKind.Kind.CONSTANT
        || maybeLiteral.constant().getKind() != CelConstant.Kind.STRING_VALUE) {
      return;
    }
    Optional<Feature> feature = FeatureCatalog.byName(maybeIdent.ident().name());
    String literal = maybeLiteral.constant().stringValue();
    if (feature.isPresent()
        && !feature.get().values().isEmpty()
        && !feature.get().values().contains(literal)) {
      problems.add(
          "'"
              + literal
              + "' is not a value of "
              + feature.get().name()
              + "; it takes "
              + feature.get().values());
    }
  }

  /**
   * Splits a checked expression at its logical operators ({@code &&}, {@code ||}, {@code !}) into a
   * tree whose leaves are separately planned CEL programs. Evaluating the tree in Kleene logic
   * gives the same answers as CEL's own error-absorbing operators, but a leaf whose features the
   * case does not tell is answered "unknown" without running it: no exception per unknown fact.
   */
  private static Kleene kleene(CelExpr expr, CelAbstractSyntaxTree whole, boolean direct)
      throws CelEvaluationException, CelValidationException {
    if (expr.getKind() == CelExpr.ExprKind.Kind.CALL && expr.call().target().isEmpty()) {
      String fn = expr.call().function();
      List<CelExpr> args = expr.call().args();
      if ((fn.equals("_&&_") || fn.equals("_||_")) && args.size() == 2) {
        Kleene left = kleene(args.get(0), whole, direct);
        Kleene right = kleene(args.get(1), whole, direct);
        return fn.equals("_&&_") ? new Kleene.And(left, right) : new Kleene.Or(left, right);
      }
      if (fn.equals("!_") && args.size() == 1) {
        return new Kleene.Not(kleene(args.get(0), whole, direct));
      }
    }
    Optional<Kleene> fast = direct ? DirectLeaf.of(expr, whole) : Optional.empty();
    if (fast.isPresent()) {
      return fast.get();
    }
    if (expr == whole.getExpr()) {
      return new Kleene.Leaf(referencedFeatures(whole), RUNTIME.createProgram(whole));
    }
    String text = UNPARSER.unparse(CelAbstractSyntaxTree.newParsedAst(expr, whole.getSource()));
    // leaves of a logical operator are boolean too: their text compiles on its own
    CelAbstractSyntaxTree leaf = COMPILER.compile(text).getAst();
    return new Kleene.Leaf(referencedFeatures(leaf), RUNTIME.createProgram(leaf));
  }

  /** A condition as a tree of logical operators over CEL programs. Immutable, thread-safe. */
  sealed interface Kleene permits Kleene.And, Kleene.Or, Kleene.Not, Kleene.Leaf, DirectLeaf {
    Truth evaluate(Map<String, Object> values);

    record And(Kleene left, Kleene right) implements Kleene {
      @Override
      public Truth evaluate(Map<String, Object> values) {
        Truth l = left.evaluate(values);
        if (l == Truth.FALSE) {
          return Truth.FALSE;
        }
        Truth r = right.evaluate(values);
        if (r == Truth.FALSE) {
          return Truth.FALSE;
        }
        return l == Truth.TRUE && r == Truth.TRUE ? Truth.TRUE : Truth.UNKNOWN;
      }
    }

    record Or(Kleene left, Kleene right) implements Kleene {
      @Override
      public Truth evaluate(Map<String, Object> values) {
        Truth l = left.evaluate(values);
        if (l == Truth.TRUE) {
          return Truth.TRUE;
        }
        Truth r = right.evaluate(values);
        if (r == Truth.TRUE) {
          return Truth.TRUE;
        }
        return l == Truth.FALSE && r == Truth.FALSE ? Truth.FALSE : Truth.UNKNOWN;
      }
    }

    record Not(Kleene inner) implements Kleene {
      @Override
      public Truth evaluate(Map<String, Object> values) {
        return switch (inner.evaluate(values)) {
          case TRUE -> Truth.FALSE;
          case FALSE -> Truth.TRUE;
          case UNKNOWN -> Truth.UNKNOWN;
        };
      }
    }

    /** A non-logical expression: known only when every feature it reads is known. */
    record Leaf(List<String> features, CelRuntime.Program program) implements Kleene {
      @Override
      public Truth evaluate(Map<String, Object> values) {
        for (String feature : features) {
          if (!values.containsKey(feature)) {
            return Truth.UNKNOWN;
          }
        }
        try {
          // a resolver reads the features in place; eval(Map) would copy them all for each leaf
          CelVariableResolver resolver = name -> Optional.ofNullable(values.get(name));
          return Boolean.TRUE.equals(program.eval(resolver)) ? Truth.TRUE : Truth.FALSE;
        } catch (CelEvaluationException e) {
          // a type-checked expression over known features fails only on a genuine run-time error
          // (an overflow, say): the rule cannot be judged, which is "unknown", never "false"
          return Truth.UNKNOWN;
        }
      }
    }
  }

  /** A compiled condition; thread-safe because its tree and CEL programs are. */
  private record CelCondition(
      String expression, SourceLocation location, List<String> features, Kleene tree)
      implements Condition {

    @Override
    public Truth evaluate(Features features) {
      return tree.evaluate(features.values());
    }
  }

  /**
   * Compiles a well-formed expression into its evaluation tree, with or without the direct leaves:
   * for tests that hold both paths to the same answers.
   */
  static Kleene treeOf(String expression, boolean direct) throws Exception {
    CelAbstractSyntaxTree ast = COMPILER.compile(expression).getAst();
    return kleene(ast.getExpr(), ast, direct);
  }

  /** The features a set of conditions reads (for lint: features nothing uses). */
  static Set<String> featuresOf(List<Condition> conditions) {
    Set<String> out = new LinkedHashSet<>();
    conditions.forEach(c -> out.addAll(c.features()));
    return out;
  }
}
