package org.reassess.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reassess.server.audit.AuditEvent;

class AuditCsvTest {

  @Test
  void prefixesCellsThatASpreadsheetWouldRunAsAFormula() {
    assertThat(AuditCsv.cell("=1+1")).isEqualTo("'=1+1");
    assertThat(AuditCsv.cell("+1")).isEqualTo("'+1");
    assertThat(AuditCsv.cell("-1")).isEqualTo("'-1");
    assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(AuditCsv.cell("\tx")).isEqualTo("'\tx");
    assertThat(AuditCsv.cell("a=1")).isEqualTo("a=1");
  }

  @Test
  void quotesCellsWithCommasQuotesAndLineBreaks() {
    assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(AuditCsv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(AuditCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(AuditCsv.cell("=HYPERLINK(\"x\",\"y\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    assertThat(AuditCsv.cell("")).isEmpty();
  }

  @Test
  void writesOneLinePerEventWithEmptyCellsForAbsentValues() {
    AuditEvent e =
        new AuditEvent(
            7, Instant.parse("2026-11-25T10:00:00Z"), "-dr", null, 12L, "view", "patient 12", null);

    assertThat(AuditCsv.rows(List.of(e)))
        .isEqualTo("7,2026-11-25T10:00:00Z,'-dr,,12,view,patient 12,\r\n");
  }
}
