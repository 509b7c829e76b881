package org.reassess.engine.features;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseDocument.Complication;
import org.reassess.engine.casefile.CaseDocument.Course;
import org.reassess.engine.casefile.CaseDocument.Relief;
import org.reassess.engine.casefile.CaseDocument.Surgery;
import org.reassess.engine.casefile.Level;

/** Derives the features of the operations and of the course after the index surgery. Stateless. */
final class CourseDeriver {

  private CourseDeriver() {}

  static void derive(
      CaseDocument c, Optional<Operations> operations, FeatureParameters p, FeatureValues out) {
    operations.ifPresent(o -> operations(c, o, out));
    Course course = c.course();
    if (course != null) {
      course(course, p, out);
    }
  }

  private static void operations(CaseDocument c, Operations o, FeatureValues out) {
    out.decimal("monthsSinceIndexSurgery", Intervals.months(o.indexDate(), c.assessmentDate()));
    out.decimal("weeksSinceIndexSurgery", Intervals.weeks(o.indexDate(), c.assessmentDate()));
    out.integer("lumbarOperations", o.all().size());
    out.string("indexProcedure", c.indexSurgery().procedure());
    out.string(
        "indexIndication",
        o.index().stream()
            .map(Surgery::indication)
            .filter(Objects::nonNull)
            .findFirst()
            .orElse(null));
    out.bool(
        "indexFusion",
        Tri.any(o.index().stream().map(s -> Operations.fuses(s.procedure()))).feature());
    out.bool(
        "anyFusion", Tri.any(o.all().stream().map(s -> Operations.fuses(s.procedure()))).feature());
    out.bool(
        "indexDecompressionOnly",
        Tri.all(o.index().stream().map(CourseDeriver::decompressionOnly)).feature());
    out.bool(
        "indexInstrumented",
        Tri.any(o.index().stream().map(CourseDeriver::instrumented)).feature());
    out.bool(
        "fusionToSacrum", Tri.any(o.all().stream().map(CourseDeriver::reachesSacrum)).feature());
    out.list("operatedLevels", o.operatedLevels());
    out.list("complications", complications(o.all()));
  }

  private static Tri decompressionOnly(Surgery s) {
    if (Boolean.TRUE.equals(s.instrumented())) {
      return Tri.NO;
    }
    if (Operations.isDecompression(s.procedure())) {
      return Tri.YES;
    }
    // "other" may be a decompression; every remaining procedure fuses or leaves an implant
    return Operations.fuses(s.procedure()) == Tri.MAYBE ? Tri.MAYBE : Tri.NO;
  }

  private static Tri instrumented(Surgery s) {
    if (s.instrumented() != null) {
      return Tri.of(s.instrumented());
    }
    // a decompression procedure places no implant by definition; anything else is open
    return Operations.isDecompression(s.procedure()) ? Tri.NO : Tri.MAYBE;
  }

  private static Tri reachesSacrum(Surgery s) {
    Tri fuses = Operations.fuses(s.procedure());
    if (Boolean.TRUE.equals(s.fusionToSacrum())
        || (fuses == Tri.YES && s.levels().contains(Level.L5_S1))) {
      return Tri.YES;
    }
    return Boolean.FALSE.equals(s.fusionToSacrum())
        ? Tri.NO
        : fuses == Tri.MAYBE ? Tri.MAYBE : Tri.NO;
  }

  private static @Nullable List<Complication> complications(List<Surgery> surgeries) {
    if (surgeries.stream().allMatch(s -> s.complications() == null)) {
      return null;
    }
    return surgeries.stream()
        .map(Surgery::complications)
        .filter(Objects::nonNull)
        .flatMap(List::stream)
        .filter(complication -> complication != Complication.NONE)
        .toList();
  }

  private static void course(Course course, FeatureParameters p, FeatureValues out) {
    out.string("timingClass", timingClass(course, p));
    out.string("reliefAfterSurgery", course.reliefAfterSurgery());
    out.decimal("painFreeIntervalMonths", course.painFreeIntervalMonths());
    out.string("painComparedToBefore", course.painComparedToBefore());
    out.string("trajectory", course.trajectory());
    out.string("onset", course.onset());
  }

  private static @Nullable String timingClass(Course course, FeatureParameters p) {
    Relief relief = course.reliefAfterSurgery();
    Double interval = course.painFreeIntervalMonths();
    if (relief == Relief.NONE) {
      return "never_improved";
    }
    if (relief == null || interval == null) {
      return null;
    }
    return interval < p.recurrenceLandmarkMonths() ? "early_recurrence" : "late_recurrence";
  }
}
