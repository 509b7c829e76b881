package org.reassess.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

class ReportFontsTest {

  @Test
  void embeddedFontsKeepOnlyTheTablesThatDrawGlyphs() throws IOException {
    for (byte[] bytes : new byte[][] {ReportFonts.regular(), ReportFonts.bold()}) {
      try (TrueTypeFont font = ReportFonts.parse(bytes)) {
        assertThat(ReportFonts.DRAWING_TABLES).containsAll(font.getTableMap().keySet());
        assertThat(font.getTableMap()).doesNotContainKeys("GSUB", "GPOS", "GDEF", "kern");
      }
    }
  }

  @Test
  void embeddedFontsStillHaveTheCharactersKnowledgeBaseTextUses() throws IOException {
    try (TrueTypeFont font = ReportFonts.parse(ReportFonts.regular())) {
      var cmap = font.getUnicodeCmapLookup();
      for (int ch : (SampleAssessments.SPECIAL_TEXT + "—·“”’§×±°é").codePoints().toArray()) {
        assertThat(cmap.getGlyphId(ch)).as("U+%04X", ch).isPositive();
      }
    }
  }
}
