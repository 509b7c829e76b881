package org.reassess.engine.casefile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseDocument.Course;
import org.reassess.engine.casefile.CaseDocument.DiagnosticBlock;
import org.reassess.engine.casefile.CaseDocument.Electrodiagnostic;
import org.reassess.engine.casefile.CaseDocument.ImagingStudy;
import org.reassess.engine.casefile.CaseDocument.Surgery;
import org.reassess.engine.casefile.ImagingFinding.AdjacentSegmentDegeneration;
import org.reassess.engine.casefile.ImagingFinding.CollectionKind;
import org.reassess.engine.casefile.ImagingFinding.EpiduralFibrosis;
import org.reassess.engine.casefile.ImagingFinding.FluidCollection;
import org.reassess.engine.casefile.ImagingFinding.FusionStatus;
import org.reassess.engine.casefile.ImagingFinding.HardwareProblem;

/**
 * The checks across fields that a JSON Schema cannot express: dates that cannot be true of one
 * patient at one moment. {@code assessmentDate} is the case's "today", so nothing can be dated
 * after it; a pain-free interval cannot outlast the time since the index surgery; a study made
 * before any operation cannot show what only an operation leaves behind. Works on whatever the
 * binder could bind, so it also runs when other fields were invalid. Stateless.
 */
final class CaseConsistency {

  private CaseConsistency() {}

  static void check(CaseDocument c, Issues issues) {
    LocalDate today = c.assessmentDate();
    List<Surgery> surgeries = c.surgeries();
    for (int i = 0; i < surgeries.size(); i++) {
      notAfter(today, "surgery date", surgeries.get(i).date(), "/surgeries/" + i + "/date", issues);
    }
    painFreeIntervalFits(c, issues);
    if (c.symptoms() != null && c.symptoms().weakness() != null) {
      LocalDate onset = c.symptoms().weakness().onsetDate();
      notAfter(today, "weakness onset date", onset, "/symptoms/weakness/onsetDate", issues);
    }
    imagingDates(c, issues);
    if (c.labs() != null) {
      notAfter(today, "laboratory date", c.labs().date(), "/labs/date", issues);
    }
    List<Electrodiagnostic> edx =
        c.electrodiagnostics() == null ? List.of() : c.electrodiagnostics();
    for (int i = 0; i < edx.size(); i++) {
      String at = "/electrodiagnostics/" + i + "/date";
      notAfter(today, "electrodiagnostic study date", edx.get(i).date(), at, issues);
    }
    List<DiagnosticBlock> blocks = c.diagnosticBlocks() == null ? List.of() : c.diagnosticBlocks();
    for (int i = 0; i < blocks.size(); i++) {
      String at = "/diagnosticBlocks/" + i + "/date";
      notAfter(today, "diagnostic block date", blocks.get(i).date(), at, issues);
    }
  }

  private static void notAfter(
      LocalDate today, String what, @Nullable LocalDate date, String pointer, Issues issues) {
    if (date != null && date.isAfter(today)) {
      issues.add(pointer, what + " " + date + " is after the assessment date " + today);
    }
  }

  private static void painFreeIntervalFits(CaseDocument c, Issues issues) {
    Course course = c.course();
    if (course == null || course.painFreeIntervalMonths() == null) {
      return;
    }
    LocalDate surgery = c.indexSurgery().date();
    if (surgery.isAfter(c.assessmentDate())) {
      return; // that date is wrong and reported; an interval measured from it means nothing
    }
    double interval = course.painFreeIntervalMonths();
    double available = monthsBetween(surgery, c.assessmentDate());
    if (interval > available) {
      issues.add(
          "/course/painFreeIntervalMonths",
          "a pain-free interval of "
              + Describe.number(interval)
              + " months is longer than the "
              + roundedDown(available)
              + " months from the index surgery on "
              + surgery
              + " to the assessment date "
              + c.assessmentDate());
    }
  }

  /** Whole calendar months plus the elapsed fraction of the month that follows them. */
  static double monthsBetween(LocalDate from, LocalDate to) {
    long whole = ChronoUnit.MONTHS.between(from, to);
    LocalDate start = from.plusMonths(whole);
    LocalDate next = from.plusMonths(whole + 1);
    double fraction =
        (double) ChronoUnit.DAYS.between(start, to) / ChronoUnit.DAYS.between(start, next);
    return whole + fraction;
  }

  /** One decimal, rounded down, so that the limit shown is never above the one applied. */
  private static String roundedDown(double months) {
    return BigDecimal.valueOf(months)
        .setScale(1, RoundingMode.FLOOR)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static void imagingDates(CaseDocument c, Issues issues) {
    List<ImagingStudy> studies = c.imaging() == null ? List.of() : c.imaging();
    LocalDate firstSurgery =
        c.surgeries().stream().map(Surgery::date).min(Comparator.naturalOrder()).orElseThrow();
    for (int i = 0; i < studies.size(); i++) {
      ImagingStudy study = studies.get(i);
      String at = "/imaging/" + i;
      notAfter(c.assessmentDate(), "imaging date", study.date(), at + "/date", issues);
      if (study.date().isBefore(firstSurgery)) {
        for (int j = 0; j < study.findings().size(); j++) {
          String finding = onlyAfterSurgery(study.findings().get(j));
          if (finding != null) {
            issues.add(
                at + "/findings/" + j,
                "imaging dated "
                    + study.date()
                    + ", before the first surgery on "
                    + firstSurgery
                    + ", cannot show "
                    + finding
                    + ": it only exists after surgery");
          }
        }
      }
    }
  }

  /**
   * How a finding is named when only an operation can have produced it, else {@code null}. Which
   * findings these are is a rule of the format (issue 2): a fusion and its hardware, scar around
   * the dura, degeneration next to a fused segment, and a leak of spinal fluid through the opened
   * dura.
   */
  private static @Nullable String onlyAfterSurgery(ImagingFinding finding) {
    if (finding instanceof FusionStatus) {
      return "a fusion";
    }
    if (finding instanceof HardwareProblem) {
      return "a hardware problem";
    }
    if (finding instanceof EpiduralFibrosis) {
      return "epidural fibrosis";
    }
    if (finding instanceof AdjacentSegmentDegeneration) {
      return "adjacent segment degeneration";
    }
    if (finding instanceof FluidCollection collection
        && collection.kind() == CollectionKind.PSEUDOMENINGOCELE) {
      return "a pseudomeningocele";
    }
    return null;
  }
}
