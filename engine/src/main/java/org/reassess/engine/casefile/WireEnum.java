package org.reassess.engine.casefile;

import java.util.Locale;
import java.util.Optional;

/**
 * An enumeration of the case format whose JSON spelling is its constant name in lower case ({@code
 * NEW_RETENTION} is written {@code "new_retention"}). Constants whose spelling cannot follow that
 * rule (levels such as {@code "L4-L5"}) override {@link #wire()}.
 */
public interface WireEnum {

  /** The value exactly as the case format spells it. */
  default String wire() {
    // cached: spellings are read on every assessment's hot path
    return Spellings.CACHE.computeIfAbsent((Enum<?>) this, e -> e.name().toLowerCase(Locale.ROOT));
  }

  /** The lower-case spellings computed so far; enum constants are few and never collected. */
  final class Spellings {
    private static final java.util.concurrent.ConcurrentHashMap<Enum<?>, String> CACHE =
        new java.util.concurrent.ConcurrentHashMap<>();

    private Spellings() {}
  }

  /** The constant spelled {@code wire}, or empty when the format has no such value. */
  static <E extends Enum<E> & WireEnum> Optional<E> parse(Class<E> type, String wire) {
    for (E constant : type.getEnumConstants()) {
      if (constant.wire().equals(wire)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /** Every spelling the format allows, in declaration order, for messages and the schema. */
  static <E extends Enum<E> & WireEnum> java.util.List<String> spellings(Class<E> type) {
    return java.util.Arrays.stream(type.getEnumConstants()).map(WireEnum::wire).toList();
  }
}
