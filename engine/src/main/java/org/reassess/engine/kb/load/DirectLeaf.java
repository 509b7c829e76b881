package org.reassess.engine.kb.load;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.reassess.engine.features.Feature;
import org.reassess.engine.features.FeatureCatalog;
import org.reassess.engine.features.FeatureType;
import org.reassess.engine.kb.Truth;

/**
 * The shapes most knowledge-base leaves take — a boolean feature, a feature compared with a literal
 * of its own type, membership in a list — evaluated directly instead of through a CEL program. Only
 * shapes whose meaning is unambiguous are taken (same types on both sides, so CEL's cross-type
 * numeric rules never come into it); anything else stays a CEL program. The knowledge base's test
 * suite runs every vignette through both paths' answers, which must agree.
 */
record DirectLeaf(String feature, Shape shape, Object operand) implements Expressions.Kleene {

  enum Shape {
    IS_TRUE,
    EQUALS,
    NOT_EQUALS,
    LESS,
    LESS_OR_EQUAL,
    GREATER,
    GREATER_OR_EQUAL,
    /** {@code 'literal' in listFeature}. */
    LIST_CONTAINS,
    /** {@code feature in ['a', 'b']}. */
    ONE_OF
  }

  private static final Map<String, Shape> COMPARISONS =
      Map.of(
          "_==_", Shape.EQUALS,
          "_!=_", Shape.NOT_EQUALS,
          "_<_", Shape.LESS,
          "_<=_", Shape.LESS_OR_EQUAL,
          "_>_", Shape.GREATER,
          "_>=_", Shape.GREATER_OR_EQUAL);

  private static final Map<Shape, Shape> MIRRORED =
      Map.of(
          Shape.EQUALS, Shape.EQUALS,
          Shape.NOT_EQUALS, Shape.NOT_EQUALS,
          Shape.LESS, Shape.GREATER,
          Shape.LESS_OR_EQUAL, Shape.GREATER_OR_EQUAL,
          Shape.GREATER, Shape.LESS,
          Shape.GREATER_OR_EQUAL, Shape.LESS_OR_EQUAL);

  /** The direct form of {@code expr}, when it has one of the recognised shapes. */
  static Optional<Expressions.Kleene> of(CelExpr expr, CelAbstractSyntaxTree ast) {
    Optional<Feature> ident = feature(expr, ast);
    if (ident.isPresent()) {
      return ident.get().type() == FeatureType.BOOL
          ? Optional.of(new DirectLeaf(ident.get().name(), Shape.IS_TRUE, true))
          : Optional.empty();
    }
    if (expr.getKind() != CelExpr.ExprKind.Kind.CALL || expr.call().target().isPresent()) {
      return Optional.empty();
    }
    String fn = expr.call().function();
    List<CelExpr> args = expr.call().args();
    if (args.size() != 2) {
      return Optional.empty();
    }
    Shape comparison = COMPARISONS.get(fn);
    if (comparison != null) {
      Optional<DirectLeaf> forward = compare(args.get(0), args.get(1), comparison, ast);
      return forward.isPresent()
          ? forward.map(l -> l)
          : compare(args.get(1), args.get(0), MIRRORED.get(comparison), ast).map(l -> l);
    }
    if (fn.equals("@in")) {
      Optional<Feature> list = feature(args.get(1), ast);
      Optional<Object> literal = constant(args.get(0), FeatureType.STRING);
      if (list.isPresent() && list.get().type() == FeatureType.STRING_LIST && literal.isPresent()) {
        return Optional.of(new DirectLeaf(list.get().name(), Shape.LIST_CONTAINS, literal.get()));
      }
      Optional<Feature> scalar = feature(args.get(0), ast);
      if (scalar.isPresent()
          && scalar.get().type() == FeatureType.STRING
          && args.get(1).getKind() == CelExpr.ExprKind.Kind.LIST) {
        List<Object> values = new ArrayList<>();
        for (CelExpr element : args.get(1).list().elements()) {
          Optional<Object> value = constant(element, FeatureType.STRING);
          if (value.isEmpty()) {
            return Optional.empty();
          }
          values.add(value.get());
        }
        return Optional.of(new DirectLeaf(scalar.get().name(), Shape.ONE_OF, Set.copyOf(values)));
      }
    }
    return Optional.empty();
  }

  private static Optional<DirectLeaf> compare(
      CelExpr left, CelExpr right, Shape shape, CelAbstractSyntaxTree ast) {
    Optional<Feature> feature = feature(left, ast);
    if (feature.isEmpty()) {
      return Optional.empty();
    }
    FeatureType type = feature.get().type();
    boolean ordered = shape != Shape.EQUALS && shape != Shape.NOT_EQUALS;
    if (ordered && type != FeatureType.INT && type != FeatureType.DOUBLE) {
      return Optional.empty();
    }
    return constant(right, type).map(value -> new DirectLeaf(feature.get().name(), shape, value));
  }

  /** A variable reference to a feature (not a shadowing comprehension variable). */
  private static Optional<Feature> feature(CelExpr expr, CelAbstractSyntaxTree ast) {
    if (expr.getKind() != CelExpr.ExprKind.Kind.IDENT) {
      return Optional.empty();
    }
    boolean isVariable =
        ast.getReference(expr.id()).map(r -> r.overloadIds().isEmpty()).orElse(false);
    return isVariable ? FeatureCatalog.byName(expr.ident().name()) : Optional.empty();
  }

  /** A literal of exactly the Java type the feature's values have. */
  private static Optional<Object> constant(CelExpr expr, FeatureType type) {
    if (expr.getKind() != CelExpr.ExprKind.Kind.CONSTANT) {
      return Optional.empty();
    }
    CelConstant c = expr.constant();
    return switch (type) {
      case BOOL ->
          c.getKind() == CelConstant.Kind.BOOLEAN_VALUE
              ? Optional.of(c.booleanValue())
              : Optional.empty();
      case INT ->
          c.getKind() == CelConstant.Kind.INT64_VALUE
              ? Optional.of(c.int64Value())
              : Optional.empty();
      case DOUBLE ->
          c.getKind() == CelConstant.Kind.DOUBLE_VALUE
              ? Optional.of(c.doubleValue())
              : Optional.empty();
      case STRING ->
          c.getKind() == CelConstant.Kind.STRING_VALUE
              ? Optional.of(c.stringValue())
              : Optional.empty();
      case STRING_LIST -> Optional.empty();
    };
  }

  @Override
  public Truth evaluate(Map<String, Object> values) {
    Object value = values.get(feature);
    if (value == null) {
      return Truth.UNKNOWN;
    }
    return holds(value) ? Truth.TRUE : Truth.FALSE;
  }

  private boolean holds(Object value) {
    return switch (shape) {
      case IS_TRUE -> value.equals(operand);
      case EQUALS -> equal(value);
      case NOT_EQUALS -> !equal(value);
      case LESS -> compareTo(value) < 0;
      case LESS_OR_EQUAL -> compareTo(value) <= 0;
      case GREATER -> compareTo(value) > 0;
      case GREATER_OR_EQUAL -> compareTo(value) >= 0;
      case LIST_CONTAINS -> ((List<?>) value).contains(operand);
      case ONE_OF -> ((Set<?>) operand).contains(value);
    };
  }

  /** Numbers compare by value as CEL does ({@code -0.0 == 0.0}); other values by equality. */
  private boolean equal(Object value) {
    return value instanceof Number ? compareTo(value) == 0 : value.equals(operand);
  }

  private int compareTo(Object value) {
    if (value instanceof Long l) {
      return Long.compare(l, (Long) operand);
    }
    double d = (Double) value;
    double o = (Double) operand;
    return d < o ? -1 : (d > o ? 1 : 0);
  }
}
