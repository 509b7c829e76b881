package org.reassess.engine.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PointersTest {

  @Test
  void child_plainName_isAppendedAfterASlash() {
    assertThat(Pointers.child("/symptoms", "legPainNrs")).isEqualTo("/symptoms/legPainNrs");
  }

  @Test
  void child_index_isAppendedAsANumber() {
    assertThat(Pointers.child("/imaging/0/findings", 3)).isEqualTo("/imaging/0/findings/3");
  }

  @Test
  void escape_tildeAndSlash_becomeTilde0AndTilde1() {
    assertThat(Pointers.escape("a/b~c")).isEqualTo("a~1b~0c");
  }

  @Test
  void escape_tildeBeforeOne_isNotMistakenForAnEscapedSlash() {
    assertThat(Pointers.escape("~1")).isEqualTo("~01");
    assertThat(Pointers.escape("/")).isEqualTo("~1");
  }

  @Test
  void child_emptyName_isAnEmptyReferenceToken() {
    assertThat(Pointers.child("", "")).isEqualTo("/");
  }
}
