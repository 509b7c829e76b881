package org.reassess.engine.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseDocument.ImagingStudy;

/**
 * Checks, independently of the deriver's own guard, that derived features honour {@link
 * FeatureCatalog}: every name declared, every value of its type and among its allowed spellings,
 * lists unmodifiable, and every judgement pointing at a real finding.
 */
public final class CatalogConformance {

  private CatalogConformance() {}

  public static void assertConforms(CaseDocument c, Features features) {
    for (Map.Entry<String, Object> entry : features.values().entrySet()) {
      Feature feature =
          FeatureCatalog.byName(entry.getKey())
              .orElseThrow(() -> new AssertionError("not in the catalog: " + entry.getKey()));
      assertValueFits(feature, entry.getValue());
    }
    for (ImagingJudgement judgement : features.imaging()) {
      assertThat(judgement.summary()).isNotBlank();
      assertThat(judgement.reason()).isNotBlank();
      assertThat(findingAt(c, judgement.pointer()).type()).isEqualTo(judgement.type());
    }
  }

  private static void assertValueFits(Feature feature, Object value) {
    String name = feature.name();
    switch (feature.type()) {
      case BOOL -> assertThat(value).as(name).isInstanceOf(Boolean.class);
      case INT -> assertThat(value).as(name).isInstanceOf(Long.class);
      case DOUBLE -> assertThat((Double) value).as(name).isFinite();
      case STRING -> assertThat(feature.values()).as(name).contains((String) value);
      case STRING_LIST -> {
        assertThat(value).as(name).isInstanceOf(List.class);
        List<?> list = (List<?>) value;
        assertThat(list)
            .as(name)
            .allSatisfy(v -> assertThat(feature.values()).contains((String) v));
        assertThat(list).as(name).doesNotHaveDuplicates();
        assertThatThrownBy(list::clear).as(name).isInstanceOf(UnsupportedOperationException.class);
      }
    }
  }

  private static org.reassess.engine.casefile.ImagingFinding findingAt(
      CaseDocument c, String pointer) {
    String[] parts = pointer.split("/");
    assertThat(parts).hasSize(5);
    assertThat(parts[1]).isEqualTo("imaging");
    assertThat(parts[3]).isEqualTo("findings");
    List<ImagingStudy> studies = c.imaging();
    assertThat(studies).isNotNull();
    ImagingStudy study = studies.get(Integer.parseInt(parts[2]));
    assertThat(study.date()).isAfterOrEqualTo(c.indexSurgery().date());
    return study.findings().get(Integer.parseInt(parts[4]));
  }
}
