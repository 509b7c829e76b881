package org.reassess.engine.casefile.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.reassess.engine.casefile.CaseArbitraries;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseReader;
import org.reassess.engine.casefile.CaseValidationException;
import org.reassess.engine.casefile.CaseWriter;
import org.reassess.engine.casefile.ValidationIssue;

/**
 * Damaged cases are reported, never thrown: whatever happens to the JSON of a valid case, the
 * reader either reads it or fails with {@link CaseValidationException} listing the same issues that
 * {@link CaseReader#validate} returns. Some damages are always errors, and those are reported at
 * the damaged place.
 */
class CorruptionPropertiesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The required fields of the format, as pointers with any array index. */
  private static final Pattern REQUIRED =
      Pattern.compile(
          "/(format|assessmentDate|surgeries"
              + "|surgeries/\\d+/(date|procedure|levels)"
              + "|imaging/\\d+/(modality|date|findings)|imaging/\\d+/findings/\\d+/type"
              + "|diagnosticBlocks/\\d+/(target|reliefPercent)|treatmentsTried/\\d+/treatment)");

  private final CaseReader reader = CaseReader.strict();

  @Provide
  Arbitrary<CaseDocument> cases() {
    return CaseArbitraries.validCases();
  }

  @Provide
  Arbitrary<Corruption> corruptions() {
    return Combinators.combine(
            Arbitraries.of(Corruption.Kind.class).withoutEdgeCases(),
            Arbitraries.integers().greaterOrEqual(0),
            Arbitraries.longs())
        .as(Corruption::new);
  }

  @Property(tries = 300)
  void anyDamage_isReadOrReported_neverThrownOtherwise(
      @ForAll("cases") CaseDocument c, @ForAll("corruptions") Corruption damage) throws Exception {
    byte[] damaged = damage.apply(CaseWriter.toJson(c));
    Statistics.collect(damage.kind());

    List<ValidationIssue> issues = reader.validate(damaged);
    try {
      reader.read(damaged);
      assertThat(issues).isEmpty();
    } catch (CaseValidationException e) {
      assertThat(e.issues()).isNotEmpty().isEqualTo(issues);
    }
    assertThat(issues)
        .allSatisfy(i -> assertThat(i.pointer()).matches("|/.*"))
        .allSatisfy(i -> assertThat(i.message()).isNotBlank());
  }

  @Property(tries = 200)
  void unknownFieldOutsideExtensions_isReportedWhereItWasAdded(
      @ForAll("cases") CaseDocument c, @ForAll int where) throws Exception {
    JsonNode tree = JSON.readTree(CaseWriter.toJson(c));
    List<JsonPointer> objects =
        JsonTreeEdits.objects(tree).stream()
            .filter(p -> !JsonTreeEdits.inExtensions(p) && !p.toString().equals("/extensions"))
            .toList();
    JsonPointer target = objects.get(Math.floorMod(where, objects.size()));
    ((ObjectNode) tree.at(target)).put("legpain", 6);

    assertThat(reader.validate(JSON.writeValueAsBytes(tree)))
        .containsExactly(new ValidationIssue(target + "/legpain", "unknown field \"legpain\""));
  }

  @Property(tries = 200)
  void deletedRequiredField_isReportedMissingAtItsPointer(
      @ForAll("cases") CaseDocument c, @ForAll int where) throws Exception {
    JsonNode tree = JSON.readTree(CaseWriter.toJson(c));
    List<JsonPointer> required =
        JsonTreeEdits.members(tree).stream()
            .filter(p -> REQUIRED.matcher(p.toString()).matches())
            .toList();
    JsonPointer target = required.get(Math.floorMod(where, required.size()));
    JsonTreeEdits.remove(tree, target);

    assertThat(reader.validate(JSON.writeValueAsBytes(tree)))
        .contains(new ValidationIssue(target.toString(), "required field is missing"));
  }

  @Property(tries = 100)
  void extensionsHoldingAnything_isAccepted(@ForAll("cases") CaseDocument c) throws Exception {
    ObjectNode tree = (ObjectNode) JSON.readTree(CaseWriter.toJson(c));
    ObjectNode free = tree.deepCopy();
    free.put("legpain", 6).put("format", "not-a-version").putNull("surgeries");
    tree.set("extensions", free);

    assertThat(reader.validate(JSON.writeValueAsBytes(tree))).isEmpty();
  }
}
