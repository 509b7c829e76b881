package org.reassess.engine.casefile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
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
 * Makes the dates of a generated case consistent the way {@link CaseReader} demands: the assessment
 * date moves to the latest date in the case if anything is later; the pain-free interval shrinks to
 * the months since the index surgery; a study made before the first operation loses the findings
 * only an operation leaves behind.
 */
final class DateRepair {

  private DateRepair() {}

  static CaseDocument consistent(CaseDocument c) {
    LocalDate today =
        Stream.concat(Stream.of(c.assessmentDate()), eventDates(c))
            .max(Comparator.naturalOrder())
            .orElseThrow();
    LocalDate index = c.indexSurgery().date();
    LocalDate first =
        c.surgeries().stream().map(Surgery::date).min(Comparator.naturalOrder()).orElseThrow();
    return new CaseDocument(
        c.format(),
        c.caseId(),
        today,
        c.patient(),
        c.surgeries(),
        fitInterval(c.course(), index, today),
        c.symptoms(),
        c.exam(),
        preOperativeStudiesCleaned(c.imaging(), first),
        c.labs(),
        c.electrodiagnostics(),
        c.vascular(),
        c.diagnosticBlocks(),
        c.treatmentsTried(),
        c.psychosocial(),
        c.function(),
        c.preferences(),
        c.extensions());
  }

  private static Stream<LocalDate> eventDates(CaseDocument c) {
    Stream<LocalDate> surgeries = c.surgeries().stream().map(Surgery::date);
    Stream<LocalDate> studies = orEmpty(c.imaging()).stream().map(ImagingStudy::date);
    Stream<LocalDate> edx = orEmpty(c.electrodiagnostics()).stream().map(Electrodiagnostic::date);
    Stream<LocalDate> blocks = orEmpty(c.diagnosticBlocks()).stream().map(DiagnosticBlock::date);
    Stream<LocalDate> single =
        Stream.of(
            c.labs() == null ? null : c.labs().date(),
            c.symptoms() == null || c.symptoms().weakness() == null
                ? null
                : c.symptoms().weakness().onsetDate());
    return Stream.of(surgeries, studies, edx, blocks, single)
        .flatMap(s -> s)
        .filter(Objects::nonNull);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static Course fitInterval(Course course, LocalDate index, LocalDate today) {
    if (course == null || course.painFreeIntervalMonths() == null) {
      return course;
    }
    double available = Math.floor(CaseConsistency.monthsBetween(index, today) * 100) / 100;
    if (course.painFreeIntervalMonths() <= available) {
      return course;
    }
    return new Course(
        course.reliefAfterSurgery(),
        available,
        course.painComparedToBefore(),
        course.trajectory(),
        course.onset());
  }

  private static List<ImagingStudy> preOperativeStudiesCleaned(
      List<ImagingStudy> studies, LocalDate firstSurgery) {
    if (studies == null) {
      return null;
    }
    List<ImagingStudy> cleaned = new ArrayList<>();
    for (ImagingStudy study : studies) {
      boolean preOperative = study.date().isBefore(firstSurgery);
      List<ImagingFinding> findings =
          study.findings().stream().filter(f -> !(preOperative && onlyAfterSurgery(f))).toList();
      cleaned.add(new ImagingStudy(study.modality(), study.date(), findings));
    }
    return cleaned;
  }

  private static boolean onlyAfterSurgery(ImagingFinding f) {
    return f instanceof FusionStatus
        || f instanceof HardwareProblem
        || f instanceof EpiduralFibrosis
        || f instanceof AdjacentSegmentDegeneration
        || (f instanceof FluidCollection collection
            && collection.kind() == CollectionKind.PSEUDOMENINGOCELE);
  }
}
