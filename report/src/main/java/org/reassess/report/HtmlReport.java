package org.reassess.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.reassess.engine.assessment.Assessment;

/**
 * The clinician report as one self-contained HTML page: inline CSS, an inline SVG chart, no
 * scripts, no external assets, so it can be saved, mailed, archived and printed as it is. It is
 * also well-formed XML (XHTML), which is what {@link PdfReport} feeds to the PDF renderer.
 *
 * <p>Rendered only from the assessment ({@link ReportModel}); nothing clinical is decided here. The
 * templates ({@code src/main/jte}) are compiled to Java at build time, and jte escapes every value
 * they print: case ids and knowledge-base text are never markup.
 */
public final class HtmlReport {

  /** The package the jte-maven-plugin generates the templates into (report/pom.xml). */
  static final String TEMPLATE_PACKAGE = "org.reassess.report.jte";

  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, HtmlReport.class.getClassLoader(), TEMPLATE_PACKAGE);

  private HtmlReport() {}

  public static String render(Assessment assessment) {
    StringOutput out = new StringOutput();
    TEMPLATES.render("report.jte", ReportModel.of(assessment), out);
    return out.toString();
  }
}
