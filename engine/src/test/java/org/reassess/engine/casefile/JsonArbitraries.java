package org.reassess.engine.casefile;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Random free JSON objects as the reader gives them back ({@code extensions}): nested maps and
 * lists of text, whole numbers, doubles, booleans and JSON null.
 */
final class JsonArbitraries {

  private JsonArbitraries() {}

  static Arbitrary<Map<String, Object>> objects() {
    return Arbitraries.maps(CaseArbitraries.texts(), values(2)).ofMaxSize(4);
  }

  private static Arbitrary<Object> values(int depth) {
    Arbitrary<Object> scalars =
        Arbitraries.<Object>oneOf(
                CaseArbitraries.texts(),
                Arbitraries.integers(),
                Arbitraries.doubles().filter(Double::isFinite),
                Arbitraries.of(true, false))
            .injectNull(0.1);
    if (depth == 0) {
      return scalars;
    }
    Arbitrary<List<Object>> lists = values(depth - 1).list().ofMaxSize(3);
    Arbitrary<Map<String, Object>> maps =
        Arbitraries.maps(CaseArbitraries.texts(), values(depth - 1)).ofMaxSize(3);
    return Arbitraries.frequencyOf(
        Tuple.of(6, scalars), Tuple.of(1, lists.asGeneric()), Tuple.of(1, maps.asGeneric()));
  }
}
