package org.reassess.engine.features;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.WireEnum;

/**
 * The features of one case while they are being derived. Unknown ({@code null}) values are simply
 * not recorded, so a feature the case does not tell stays absent; every recorded value is checked
 * against {@link FeatureCatalog} at once, so a deriver bug fails where it happens. One instance
 * serves one derivation; not thread-safe.
 */
final class FeatureValues {

  private final Map<String, Object> values = new HashMap<>();

  void bool(String name, @Nullable Boolean value) {
    put(name, value);
  }

  void integer(String name, @Nullable Integer value) {
    put(name, value == null ? null : Long.valueOf(value));
  }

  void decimal(String name, @Nullable Double value) {
    put(name, value);
  }

  void string(String name, @Nullable WireEnum value) {
    put(name, value == null ? null : value.wire());
  }

  void string(String name, @Nullable String value) {
    put(name, value);
  }

  /** A list feature: the distinct values in declaration order, so equal sets give equal lists. */
  <E extends Enum<E> & WireEnum> void list(String name, @Nullable Collection<E> value) {
    put(
        name,
        value == null ? null : value.stream().distinct().sorted().map(WireEnum::wire).toList());
  }

  /** The known features in catalog order. */
  Map<String, Object> inCatalogOrder() {
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (Feature feature : FeatureCatalog.all()) {
      Object value = values.get(feature.name());
      if (value != null) {
        ordered.put(feature.name(), value);
      }
    }
    ordered.put(FeatureCatalog.KNOWN, List.copyOf(ordered.keySet()));
    return ordered;
  }

  private void put(String name, @Nullable Object value) {
    Feature feature =
        FeatureCatalog.byName(name)
            .orElseThrow(() -> new IllegalStateException("not in the feature catalog: " + name));
    if (value == null) {
      return;
    }
    if (!fits(feature, value)) {
      throw new IllegalStateException("value does not fit feature " + name + ": " + value);
    }
    if (values.putIfAbsent(name, value) != null) {
      throw new IllegalStateException("feature derived twice: " + name);
    }
  }

  /**
   * Whether {@code value} has the Java type and, for strings, an allowed spelling of the feature.
   */
  static boolean fits(Feature feature, Object value) {
    return switch (feature.type()) {
      case BOOL -> value instanceof Boolean;
      case INT -> value instanceof Long;
      case DOUBLE -> value instanceof Double d && Double.isFinite(d);
      case STRING -> value instanceof String s && feature.values().contains(s);
      case STRING_LIST -> value instanceof List<?> list && feature.values().containsAll(list);
    };
  }
}
