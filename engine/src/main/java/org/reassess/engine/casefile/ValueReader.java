package org.reassess.engine.casefile;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/** Binds one JSON value of a known kind (a score, a date, a list of levels) to its Java value. */
@FunctionalInterface
interface ValueReader<T> {

  /**
   * The bound value, or {@code null} when {@code value} is not acceptable; then the reason has been
   * added to {@code issues} under {@code pointer}.
   */
  @Nullable T read(JsonNode value, String pointer, Issues issues);
}
