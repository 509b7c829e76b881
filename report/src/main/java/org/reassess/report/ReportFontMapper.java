package org.reassess.report;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Answers PDFBox's requests for a system font with the report's own DejaVu Sans.
 *
 * <p>openhtmltopdf always creates a Helvetica resource for PDF forms, even in a page without any,
 * and PDFBox then looks for a system font that resembles Helvetica: on first use it scans every
 * font of the machine, writes a cache into the user's home folder and logs a warning when it finds
 * no true match. The report draws all its text with the fonts it embeds, so nothing on the machine
 * matters; this mapper makes that so.
 */
final class ReportFontMapper implements FontMapper {

  private final TrueTypeFont font;

  private ReportFontMapper(TrueTypeFont font) {
    this.font = font;
  }

  /** Maps every font to the report's regular face. */
  static ReportFontMapper create() {
    return new ReportFontMapper(ReportFonts.parse(ReportFonts.regular()));
  }

  @Override
  public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(font, false);
  }

  @Override
  public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
    return new FontMapping<>(font, false);
  }

  @Override
  public CIDFontMapping getCIDFont(
      String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
    return new CIDFontMapping(null, font, false);
  }
}
