package org.reassess.engine.features;

/** The type of a feature as knowledge-base expressions see it. */
public enum FeatureType {
  /** {@code bool}. */
  BOOL,
  /** {@code int}; the Java value is a {@link Long}. */
  INT,
  /** {@code double}; the Java value is a {@link Double}. */
  DOUBLE,
  /** {@code string}; values are the spellings listed in the catalog. */
  STRING,
  /** {@code list(string)}; the Java value is an unmodifiable {@code List<String>}. */
  STRING_LIST
}
