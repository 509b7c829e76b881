package org.reassess.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportModelTest {

  @Test
  void percentagesRoundButNeverShowZeroOrHundredForAnInBetweenProbability() {
    assertThat(ReportModel.percent(0.279)).isEqualTo("28%");
    assertThat(ReportModel.percent(0.001)).isEqualTo("<1%");
    assertThat(ReportModel.percent(0.0)).isEqualTo("0%");
    assertThat(ReportModel.percent(0.999)).isEqualTo(">99%");
    assertThat(ReportModel.percent(1.0)).isEqualTo("100%");
  }

  @Test
  void likelihoodRatiosKeepThreeSignificantDigitsWithoutTrailingZeros() {
    assertThat(ReportModel.likelihoodRatio(2.0)).isEqualTo("2");
    assertThat(ReportModel.likelihoodRatio(0.7)).isEqualTo("0.7");
    assertThat(ReportModel.likelihoodRatio(1.23)).isEqualTo("1.23");
    assertThat(ReportModel.likelihoodRatio(3.4567)).isEqualTo("3.46");
    assertThat(ReportModel.likelihoodRatio(150)).isEqualTo("150");
  }

  @Test
  void gradesAreSpelledAsTheReferenceTagsThem() {
    assertThat(ReportModel.gradeLabel("verified")).isEqualTo("verified");
    assertThat(ReportModel.gradeLabel("partial")).isEqualTo("partly verified");
    assertThat(ReportModel.gradeLabel("nv")).isEqualTo("not verified");
    assertThat(ReportModel.gradeLabel("convention")).isEqualTo("expert convention");
  }

  @Test
  void citeNamesEachSourceOnceWithTheGrade() {
    assertThat(ReportModel.cite(SampleAssessments.source("r.yaml", "nv", "R4", "R71", "R4")))
        .isEqualTo("R4, R71 · not verified");
    assertThat(ReportModel.cite(SampleAssessments.source("r.yaml", "convention")))
        .isEqualTo("expert convention");
  }

  @Test
  void textReplacesWhatXmlCannotHoldAndKeepsTheRest() {
    assertThat(ReportModel.text("a\u0000b\tc\uD83D\uDE00")).isEqualTo("a\uFFFDb\tc\uD83D\uDE00");
    assertThat(ReportModel.text("lone \uDC00")).isEqualTo("lone \uFFFD");
    String clean = "≥ → — ✔";
    assertThat(ReportModel.text(clean)).isSameAs(clean);
  }

  @Test
  void causesSplitIntoShownAndUnlikelyInTheAssessmentsOrder() {
    ReportModel model = ReportModel.of(SampleAssessments.emergency());

    assertThat(model.shownCauses())
        .extracting(ReportModel.CauseView::id)
        .containsExactly("recurrent_disc_herniation", "spinal_stenosis");
    assertThat(model.unlikelyCauses())
        .extracting(ReportModel.UnlikelyCause::id)
        .containsExactly("arachnoiditis", "hip_pathology", "pseudarthrosis");
  }

  @Test
  void demandedTestsAreNamedAsTheWorkupNamesThem() {
    ReportModel model = ReportModel.of(SampleAssessments.emergency());

    assertThat(model.triage().redFlags().get(0).demandedTests())
        .containsExactly("Post-void residual bladder scan", "MRI of the lumbar spine");
    // a test the work-up does not list keeps its identifier
    assertThat(model.shownCauses().get(0).missing().get(0).tests())
        .isEqualTo(List.of("mri_gadolinium"));
  }

  @Test
  void aWhyThatIsItsTriggersIsShownAsTheTriggers() {
    ReportModel model = ReportModel.of(SampleAssessments.emergency());

    assertThat(model.triage().redFlags())
        .extracting(ReportModel.RedFlagView::whyIsTriggers)
        .containsExactly(true, false);
  }

  @Test
  void barsStayVisibleAndInsideTheirTrack() {
    ReportModel.CauseView tiny = causeAt(0.0, 0.0);
    ReportModel.CauseView full = causeAt(100.0, 100.0);

    assertThat(tiny.barLength()).isEqualTo("0.50");
    assertThat(tiny.priorMarkerX()).isEqualTo("0.00");
    assertThat(full.barLength()).isEqualTo("100.00");
    assertThat(full.priorMarkerX()).isEqualTo("99.40");
  }

  private static ReportModel.CauseView causeAt(double percent, double priorPercent) {
    return new ReportModel.CauseView(
        "c",
        "C",
        "possible",
        "",
        "",
        percent,
        priorPercent,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "");
  }
}
