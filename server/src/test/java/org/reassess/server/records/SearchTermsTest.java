package org.reassess.server.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermsTest {

  @Test
  void aPatientIsFoundByEveryPrefixOfEveryWordFoldedToLowerCaseWithoutAccents() {
    assertThat(SearchTerms.of("Åsa Ek", "R-7"))
        .containsExactlyInAnyOrder("a", "as", "asa", "e", "ek", "r", "r-", "r-7");
  }

  @Test
  void aMissingRecordNumberAddsNothing() {
    assertThat(SearchTerms.of("Li", null)).containsExactlyInAnyOrder("l", "li");
  }

  @Test
  void aSearchIsItsDistinctFoldedWordsUpToALimit() {
    assertThat(SearchTerms.ofSearch("  Berg,  ADA ada  ")).containsExactly("berg", "ada");
    assertThat(SearchTerms.ofSearch("a b c d e f g h")).hasSize(SearchTerms.MAX_SEARCH_WORDS);
    assertThat(SearchTerms.ofSearch(" ")).isEmpty();
  }

  @Test
  void longWordsAreCutToTheStoredLengthOnBothSidesSoTheyStillMatch() {
    String longName = "x".repeat(SearchTerms.MAX_TERM + 10);
    assertThat(SearchTerms.of(longName, null)).hasSize(SearchTerms.MAX_TERM);
    assertThat(SearchTerms.of(longName, null)).containsAll(SearchTerms.ofSearch(longName));
  }

  @Test
  void aCharacterOutsideTheBasicPlaneIsNeverCutInHalf() {
    String name = "a\uD83D\uDE00b"; // a, an emoji (two chars), b
    assertThat(SearchTerms.of(name, null)).containsExactly("a", "a\uD83D\uDE00", name);
    String longWord = "x".repeat(SearchTerms.MAX_TERM - 1) + "\uD83D\uDE00";
    assertThat(SearchTerms.ofSearch(longWord))
        .containsExactly("x".repeat(SearchTerms.MAX_TERM - 1));
  }
}
