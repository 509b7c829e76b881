package org.reassess.server.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reassess.server.audit.AuditEvent;

/**
 * The audit log as CSV (RFC 4180), safe to open in a spreadsheet: a cell that begins with {@code =
 * + - @}, a tab or a carriage return is prefixed with a single quote, so that a subject or actor
 * name typed by someone can never run as a formula (CSV injection). Pure.
 */
public final class AuditCsv {

  /** The header line. */
  public static final String HEADER = "id,at,actor,clinic_id,patient_id,action,subject,detail\r\n";

  private AuditCsv() {}

  /** The lines of {@code events}, each ending in CRLF. */
  public static String rows(List<AuditEvent> events) {
    StringBuilder out = new StringBuilder();
    for (AuditEvent e : events) {
      out.append(e.id())
          .append(',')
          .append(cell(e.at().toString()))
          .append(',')
          .append(cell(e.actor()))
          .append(',')
          .append(number(e.clinicId()))
          .append(',')
          .append(number(e.patientId()))
          .append(',')
          .append(cell(e.action()))
          .append(',')
          .append(cell(e.subject()))
          .append(',')
          .append(cell(e.detail() == null ? "" : e.detail()))
          .append("\r\n");
    }
    return out.toString();
  }

  /** One text cell: defused, then quoted when it holds a comma, a quote or a line break. */
  public static String cell(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      v = '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  private static String number(@Nullable Long n) {
    return n == null ? "" : n.toString();
  }
}
