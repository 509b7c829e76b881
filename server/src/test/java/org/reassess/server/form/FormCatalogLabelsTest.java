package org.reassess.server.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormCatalogLabelsTest {

  @Test
  void caseFormatSpellingsReadAsCliniciansWriteThem() {
    assertThat(FormCatalog.readable("new_retention")).isEqualTo("new retention");
    assertThat(FormCatalog.readable("mri_gadolinium")).isEqualTo("MRI gadolinium");
    assertThat(FormCatalog.readable("xray_flexion_extension")).isEqualTo("X-ray flexion extension");
    assertThat(FormCatalog.readable("below_psis")).isEqualTo("below PSIS");
    assertThat(FormCatalog.readable("l4_l5")).isEqualTo("L4 L5");
    assertThat(FormCatalog.readable("L5")).as("already as written").isEqualTo("L5");
    assertThat(FormCatalog.readable("")).isEmpty();
  }
}
