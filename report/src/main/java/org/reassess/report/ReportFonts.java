package org.reassess.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts the PDF embeds: DejaVu Sans, regular and bold (fonts/LICENSE-DejaVu.txt), which have
 * the characters knowledge-base text uses and the base-14 PDF fonts lack (≥ → − ✔ and others).
 *
 * <p>Each is embedded without its glyph-substitution table. PDFBox applies a font's standard
 * ligatures, and the PDF would then carry "ﬁ" for "fi": copied out of the report, "verified"
 * becomes "veriﬁed", and a search for it finds nothing. Without the table each letter is its own
 * glyph, as in the HTML.
 */
final class ReportFonts {

  static final String FAMILY = "DejaVu Sans";

  private static final String REGULAR = "fonts/DejaVuSans.ttf";
  private static final String BOLD = "fonts/DejaVuSans-Bold.ttf";

  private ReportFonts() {}

  /** Read once, on first use. */
  private static final class Loaded {
    static final byte[] REGULAR_BYTES = withoutSubstitutions(REGULAR);
    static final byte[] BOLD_BYTES = withoutSubstitutions(BOLD);
  }

  static byte[] regular() {
    return Loaded.REGULAR_BYTES.clone();
  }

  static byte[] bold() {
    return Loaded.BOLD_BYTES.clone();
  }

  static TrueTypeFont parse(byte[] font) {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(font));
    } catch (IOException e) {
      throw new UncheckedIOException("the report's font cannot be read", e);
    }
  }

  /**
   * The tables kept: outlines, metrics, hinting, character map, names. Everything else goes, and
   * must: the subsetter renumbers the glyphs but copies other tables as they are, so a kept GSUB,
   * GPOS, kern or GDEF would point at the wrong glyphs (a GSUB left in drew "hn" as "ﬄ").
   */
  static final List<String> DRAWING_TABLES =
      List.of(
          "head", "hhea", "maxp", "loca", "glyf", "hmtx", "cvt ", "fpgm", "prep", "gasp", "cmap",
          "name", "OS/2", "post");

  /** The font rewritten with every character it maps and only {@link #DRAWING_TABLES}. */
  private static byte[] withoutSubstitutions(String resource) {
    try (InputStream in = ReportFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the build: " + resource);
      }
      try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
        TTFSubsetter subsetter = new TTFSubsetter(font, DRAWING_TABLES);
        CmapLookup cmap = font.getUnicodeCmapLookup();
        for (int codePoint = 0; codePoint <= Character.MAX_VALUE; codePoint++) {
          if (cmap.getGlyphId(codePoint) != 0) {
            subsetter.add(codePoint);
          }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        subsetter.writeToStream(out);
        return out.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the report's font cannot be read: " + resource, e);
    }
  }
}
