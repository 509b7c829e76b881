package org.reassess.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.reassess.engine.assessment.Assessment;

class PdfReportTest {

  /** One rendering shared by the tests that only read it: rendering is the slow part. */
  private static final PdfReport.Rendering EMERGENCY =
      PdfReport.renderWithDiagnostics(SampleAssessments.emergency());

  @Test
  void isAPdfWithAtLeastOneA4Page() throws IOException {
    byte[] pdf = EMERGENCY.pdf();

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isPositive();
      for (PDPage page : doc.getPages()) {
        assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within1());
        assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within1());
      }
    }
  }

  @Test
  void textHasTheTriageTierRedFlagsAndLikelyCause() throws IOException {
    String text = text(EMERGENCY.pdf());

    assertThat(text)
        .contains("RED FLAG", "EMERGENCY")
        .contains("Cauda equina syndrome", "Progressive motor deficit")
        .contains("Recurrent or residual disc herniation")
        .contains("MRI of the lumbar spine");
  }

  @Test
  void everyPageCarriesTheDisclaimerAndItsPageNumber() throws IOException {
    try (PDDocument doc = Loader.loadPDF(EMERGENCY.pdf())) {
      int pages = doc.getNumberOfPages();
      for (int p = 1; p <= pages; p++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        assertThat(stripper.getText(doc))
            .as("page %d", p)
            .contains("decision support — not a diagnosis")
            .contains("Page " + p + " of " + pages);
      }
    }
  }

  @Test
  void charactersTheBaseFontsLackRenderFromTheEmbeddedFont() throws IOException {
    String text = text(EMERGENCY.pdf());

    // the label may wrap in its table cell, so each character is looked for on its own
    for (String ch : SampleAssessments.SPECIAL_TEXT.split("", -1)) {
      assertThat(text).contains(ch);
    }
    assertThat(text).contains("—", "·", "±");
    try (PDDocument doc = Loader.loadPDF(EMERGENCY.pdf())) {
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          assertThat(font.getName()).contains("DejaVuSans");
        }
      }
    }
  }

  @Test
  void textIsCopiedLetterByLetterWithoutLigatures() throws IOException {
    String text = text(EMERGENCY.pdf());

    // "fi" drawn as the ligature glyph would be copied out as U+FB01
    assertThat(text).contains("verified", "deficit").doesNotContain("\uFB01", "\uFB02");
  }

  @Test
  void everyLetterIsDrawnAsItself() throws IOException {
    // a glyph table left pointing at renumbered glyphs once drew "Arachnoiditis" as "Aracﬄoiditis"
    String text = text(EMERGENCY.pdf()).replaceAll("\\s+", " ");

    assertThat(text).contains("Arachnoiditis", SampleAssessments.PANGRAM);
  }

  @Test
  void rendererReportsNothingButTheBrowserOnlyPrintColourHints() {
    // print-color-adjust keeps backgrounds when a browser prints the HTML; openhtmltopdf always
    // paints them and does not know the property
    assertThat(EMERGENCY.problems())
        .allSatisfy(message -> assertThat(message).contains("print-color-adjust"));
  }

  @Test
  void caseIdWithMarkupIsPrintedAsText() throws IOException {
    String text = text(PdfReport.render(SampleAssessments.emergency("<script>alert(1)</script>")));

    assertThat(text).contains("<script>alert(1)</script>");
  }

  @Test
  void withoutRedFlagsTheTierIsStillStated() throws IOException {
    String text = text(PdfReport.render(SampleAssessments.routine()));

    assertThat(text).contains("Triage: ROUTINE", "No red flag raised.").doesNotContain("RED FLAG");
  }

  @Test
  void sameAssessmentGivesTheSameBytes() {
    byte[] again = PdfReport.render(SampleAssessments.emergency());

    assertThat(Arrays.equals(again, EMERGENCY.pdf())).isTrue();
  }

  @Test
  void documentInformationComesFromTheAssessment() throws IOException {
    Assessment a = SampleAssessments.emergency();
    try (PDDocument doc = Loader.loadPDF(EMERGENCY.pdf())) {
      var info = doc.getDocumentInformation();
      assertThat(info.getTitle()).contains(a.caseId(), a.assessmentDate());
      assertThat(info.getSubject()).isEqualTo(Assessment.DISCLAIMER);
      assertThat(info.getCreationDate().toInstant()).hasToString("2026-01-13T00:00:00Z");
    }
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
    }
  }

  private static org.assertj.core.data.Offset<Float> within1() {
    return org.assertj.core.data.Offset.offset(1f);
  }
}
