package org.reassess.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.reassess.engine.assessment.Assessment;

/**
 * The letter to the patient: the assessment in everyday words for a reading age of about twelve, as
 * one self-contained XHTML page or as an A4 PDF.
 *
 * <p>Rendered only from the assessment ({@link LetterModel}, {@link PlainWords}); nothing clinical
 * is decided here. jte escapes every value the template prints.
 */
public final class PatientLetter {

  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          PatientLetter.class.getClassLoader(),
          HtmlReport.TEMPLATE_PACKAGE);

  private PatientLetter() {}

  public static String renderHtml(Assessment assessment) {
    StringOutput out = new StringOutput();
    TEMPLATES.render("letter.jte", LetterModel.of(assessment), out);
    return out.toString();
  }

  public static byte[] renderPdf(Assessment assessment) {
    return renderPdfWithDiagnostics(assessment).pdf();
  }

  static PdfReport.Rendering renderPdfWithDiagnostics(Assessment assessment) {
    return PdfReport.renderPage(renderHtml(assessment), assessment);
  }
}
