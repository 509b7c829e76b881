package org.reassess.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.logging.Level;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.reassess.engine.assessment.Assessment;

/**
 * The clinician report as a PDF: the page {@link HtmlReport} renders, laid out on A4 by
 * openhtmltopdf, with page numbers and the disclaimer in the footer of every page.
 *
 * <p>The same assessment always gives the same bytes: the document's dates are the assessment date
 * and its identifier is a hash of the page, not the clock, so a PDF can be compared with the
 * assessment it came from.
 */
public final class PdfReport {

  static {
    // openhtmltopdf reports through the diagnostics consumer below; without this it would also
    // log each message to standard error, under the command line's output
    XRLog.setLoggerImpl(new QuietLogger());
    FontMappers.set(ReportFontMapper.create());
  }

  private PdfReport() {}

  /** Logs nothing: every message still reaches the diagnostics consumer of its rendering. */
  private static final class QuietLogger implements XRLogger {
    @Override
    public void log(String where, Level level, String msg) {}

    @Override
    public void log(String where, Level level, String msg, Throwable th) {}

    @Override
    public void setLevel(String logger, Level level) {}

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      return false;
    }
  }

  public static byte[] render(Assessment assessment) {
    return renderWithDiagnostics(assessment).pdf();
  }

  /**
   * The PDF and what the renderer said about the page: a CSS property it ignores, a character no
   * font has. Kept out of the user's terminal (openhtmltopdf would log them); the tests read them.
   */
  static final class Rendering {
    private final byte[] pdf;
    private final List<Diagnostic> diagnostics;

    Rendering(byte[] pdf, List<Diagnostic> diagnostics) {
      this.pdf = pdf.clone();
      this.diagnostics = List.copyOf(diagnostics);
    }

    byte[] pdf() {
      return pdf.clone();
    }

    /** Warnings and errors only. */
    List<String> problems() {
      return diagnostics.stream()
          .filter(d -> d.getLevel().intValue() >= Level.WARNING.intValue())
          .map(Diagnostic::getFormattedMessage)
          .toList();
    }
  }

  static Rendering renderWithDiagnostics(Assessment assessment) {
    return renderPage(HtmlReport.render(assessment), assessment);
  }

  /**
   * Any of our XHTML pages as an A4 PDF, with the report's fonts and the assessment's dates: shared
   * by the clinician report and the {@link PatientLetter}.
   */
  static Rendering renderPage(String html, Assessment assessment) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    PdfRendererBuilder builder =
        new PdfRendererBuilder()
            .useFastMode()
            .withHtmlContent(html, null)
            .withDiagnosticConsumer(diagnostics::add)
            .useSVGDrawer(new RectSvgDrawer())
            // tagged PDF (PDF/UA) for screen readers; it also keeps the renderer from loading
            // the unembedded base-14 fonts, which sends PDFBox scanning the system's fonts
            .usePdfUaAccessibility(true)
            .useFont(
                () -> new ByteArrayInputStream(ReportFonts.regular()),
                ReportFonts.FAMILY,
                400,
                FontStyle.NORMAL,
                true)
            .useFont(
                () -> new ByteArrayInputStream(ReportFonts.bold()),
                ReportFonts.FAMILY,
                700,
                FontStyle.NORMAL,
                true)
            .withProducer("Reassess " + assessment.engineVersion());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.layout();
      renderer.createPDFWithoutClosing();
      PDDocument pdf = renderer.getPdfDocument();
      stamp(pdf, assessment, html);
      pdf.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException("the PDF could not be written", e);
    }
    return new Rendering(out.toByteArray(), diagnostics);
  }

  /**
   * Document information from the assessment rather than the clock: dates at the assessment date,
   * and an identifier derived from the page (PDFBox would otherwise draw one from the time). Title,
   * subject and keywords come from the page's {@code <title>} and {@code <meta>}.
   */
  private static void stamp(PDDocument pdf, Assessment a, String html) {
    PDDocumentInformation info = pdf.getDocumentInformation();
    Calendar date = assessmentDay(a.assessmentDate());
    info.setCreationDate(date);
    info.setModificationDate(date);
    byte[] id = sha256(html);
    COSString part = new COSString(Arrays.copyOf(id, 16));
    COSArray ids = new COSArray();
    ids.add(part);
    ids.add(part);
    pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /** Midnight UTC of an ISO date; the Unix epoch for a date that does not parse. */
  private static Calendar assessmentDay(String isoDate) {
    GregorianCalendar day = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    day.clear();
    try {
      LocalDate d = LocalDate.parse(isoDate);
      day.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth());
    } catch (DateTimeParseException e) {
      day.setTimeInMillis(0);
    }
    return day;
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
