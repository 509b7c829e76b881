package org.reassess.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReadabilityTest {

  @Test
  void countsSyllablesAsVowelGroupsLessASilentFinalE() {
    assertThat(Readability.syllables("pain")).isEqualTo(1);
    assertThat(Readability.syllables("doctor")).isEqualTo(2);
    assertThat(Readability.syllables("make")).isEqualTo(1);
    assertThat(Readability.syllables("table")).isEqualTo(2);
    assertThat(Readability.syllables("MRI")).isEqualTo(1);
    assertThat(Readability.syllables("2")).isEqualTo(1);
  }

  @Test
  void countsSentencesAtStopsAndAtLineEnds() {
    Readability.Counts counts = Readability.countText("The cat sat. It is fat!\nA list item");

    assertThat(counts.sentences()).isEqualTo(3);
    assertThat(counts.words()).isEqualTo(9);
  }

  @Test
  void gradesOnlyTheVisibleTextOfAPage() {
    String html =
        "<html><head><title>Photosynthesis documentation</title><style>p { color: red; }</style>"
            + "</head><body><h1>The dog</h1><p>The dog ran. It was fun.</p></body></html>";

    assertThat(Readability.visibleText(html)).doesNotContain("Photosynthesis", "color");
    // 3 sentences, 8 words, 8 syllables: 0.39 × 8/3 + 11.8 × 1 − 15.59
    assertThat(Readability.gradeOfHtml(html)).isCloseTo(0.39 * 8 / 3 + 11.8 - 15.59, within(1e-9));
  }

  @Test
  void longSentencesOfLongWordsGradeHigherThanShortPlainOnes() {
    double plain = Readability.gradeOfHtml("<p>Your back hurts. Rest a bit. Walk each day.</p>");
    double dense =
        Readability.gradeOfHtml(
            "<p>Radiofrequency denervation of the zygapophyseal articulations demonstrated"
                + " statistically significant improvements in functional disability"
                + " questionnaires.</p>");

    assertThat(plain).isLessThan(4);
    assertThat(dense).isGreaterThan(12);
  }
}
