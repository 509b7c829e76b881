package org.reassess.engine.features;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The typed facts derived once from a case. Only known features are present; each value has the
 * Java type of its {@link FeatureType} ({@code Boolean}, {@code Long}, {@code Double}, {@code
 * String}, unmodifiable {@code List<String>}), and every name is in {@link FeatureCatalog}.
 *
 * @param values known features by name, in catalog order
 * @param imaging the concordance judgement of every compressive or root-related imaging finding
 */
public record Features(Map<String, Object> values, List<ImagingJudgement> imaging) {

  public Features {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    imaging = List.copyOf(imaging);
  }

  public Optional<Object> get(String name) {
    return Optional.ofNullable(values.get(name));
  }

  public boolean isKnown(String name) {
    return values.containsKey(name);
  }
}
