package org.reassess.engine.casefile.properties;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.reassess.engine.casefile.CaseArbitraries;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseReader;
import org.reassess.engine.casefile.CaseWriter;

/** The canonical writer and the strict reader are inverses on every valid case. */
class CaseRoundTripPropertiesTest {

  private final CaseReader reader = CaseReader.strict();

  @Provide
  Arbitrary<CaseDocument> cases() {
    return CaseArbitraries.validCases();
  }

  @Property(tries = 300)
  void writeThenRead_returnsAnEqualCase(@ForAll("cases") CaseDocument c) throws Exception {
    String json = CaseWriter.toJson(c);

    assertThat(reader.validate(json.getBytes(UTF_8))).isEmpty();
    assertThat(reader.read(json.getBytes(UTF_8))).isEqualTo(c);
  }

  @Property(tries = 100)
  void canonicalText_isAFixedPoint(@ForAll("cases") CaseDocument c) throws Exception {
    String json = CaseWriter.toJson(c);

    assertThat(CaseWriter.toJson(reader.read(json.getBytes(UTF_8)))).isEqualTo(json);
  }
}
