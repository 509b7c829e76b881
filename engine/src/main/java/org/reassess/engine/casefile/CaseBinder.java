package org.reassess.engine.casefile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseDocument.Acceptance;
import org.reassess.engine.casefile.CaseDocument.BlockTarget;
import org.reassess.engine.casefile.CaseDocument.Comparative;
import org.reassess.engine.casefile.CaseDocument.Complication;
import org.reassess.engine.casefile.CaseDocument.Course;
import org.reassess.engine.casefile.CaseDocument.DiagnosticBlock;
import org.reassess.engine.casefile.CaseDocument.EdxResult;
import org.reassess.engine.casefile.CaseDocument.Electrodiagnostic;
import org.reassess.engine.casefile.CaseDocument.Exam;
import org.reassess.engine.casefile.CaseDocument.Function;
import org.reassess.engine.casefile.CaseDocument.Goal;
import org.reassess.engine.casefile.CaseDocument.ImagingStudy;
import org.reassess.engine.casefile.CaseDocument.Indication;
import org.reassess.engine.casefile.CaseDocument.Labs;
import org.reassess.engine.casefile.CaseDocument.Onset;
import org.reassess.engine.casefile.CaseDocument.PainComparison;
import org.reassess.engine.casefile.CaseDocument.Patient;
import org.reassess.engine.casefile.CaseDocument.Preferences;
import org.reassess.engine.casefile.CaseDocument.Procedure;
import org.reassess.engine.casefile.CaseDocument.Psychosocial;
import org.reassess.engine.casefile.CaseDocument.Relief;
import org.reassess.engine.casefile.CaseDocument.Response;
import org.reassess.engine.casefile.CaseDocument.RiskLevel;
import org.reassess.engine.casefile.CaseDocument.Sex;
import org.reassess.engine.casefile.CaseDocument.Surgery;
import org.reassess.engine.casefile.CaseDocument.Symptoms;
import org.reassess.engine.casefile.CaseDocument.Trajectory;
import org.reassess.engine.casefile.CaseDocument.Treatment;
import org.reassess.engine.casefile.CaseDocument.TreatmentTried;
import org.reassess.engine.casefile.CaseDocument.Vascular;
import org.reassess.engine.casefile.CaseDocument.Work;

/**
 * Binds a parsed case to {@link CaseDocument}: one method per record of the format, reading the
 * fields in the order of {@code case-format.md}. Symptoms and the examination are bound by {@link
 * ClinicalBinder}, imaging by {@link ImagingBinder}. A method returns {@code null} only when a
 * required field is missing or invalid, which is then already reported. Stateless.
 */
final class CaseBinder {

  private CaseBinder() {}

  /** The case, or {@code null} when a required part is missing or invalid. */
  static @Nullable CaseDocument bind(ObjectNode root, Issues issues) {
    return Values.object(CaseBinder::caseDocument).read(root, "", issues);
  }

  private static @Nullable CaseDocument caseDocument(ObjectIn in) {
    String format = in.required("format", Values.exactly(CaseDocument.FORMAT));
    String caseId = in.text("caseId");
    LocalDate assessmentDate = in.required("assessmentDate", Values.date());
    Patient patient = in.object("patient", CaseBinder::patient);
    List<Surgery> surgeries =
        in.required(
            "surgeries",
            Values.nonEmptyListOf(
                Values.object(CaseBinder::surgery), "at least one surgery is required"));
    Course course = in.object("course", CaseBinder::course);
    Symptoms symptoms = in.object("symptoms", ClinicalBinder::symptoms);
    Exam exam = in.object("exam", ClinicalBinder::exam);
    List<ImagingStudy> imaging = in.objectList("imaging", ImagingBinder::study);
    Labs labs = in.object("labs", CaseBinder::labs);
    List<Electrodiagnostic> edx = in.objectList("electrodiagnostics", CaseBinder::edx);
    Vascular vascular = in.object("vascular", CaseBinder::vascular);
    List<DiagnosticBlock> blocks = in.objectList("diagnosticBlocks", CaseBinder::block);
    List<TreatmentTried> treatments = in.objectList("treatmentsTried", CaseBinder::treatment);
    Psychosocial psychosocial = in.object("psychosocial", CaseBinder::psychosocial);
    Function function = in.object("function", CaseBinder::function);
    Preferences preferences = in.object("preferences", CaseBinder::preferences);
    Map<String, Object> extensions = in.optional("extensions", Values.anyObject());
    if (format == null || assessmentDate == null || surgeries == null) {
      return null;
    }
    return new CaseDocument(
        format,
        caseId,
        assessmentDate,
        patient,
        surgeries,
        course,
        symptoms,
        exam,
        imaging,
        labs,
        edx,
        vascular,
        blocks,
        treatments,
        psychosocial,
        function,
        preferences,
        extensions);
  }

  private static Patient patient(ObjectIn in) {
    return new Patient(
        in.integer("age", 18, 110),
        in.enumValue("sex", Sex.class),
        in.number("bmi", "10", "80"),
        in.bool("smoker"),
        in.bool("diabetes"),
        in.bool("osteoporosis"),
        in.bool("cancerHistory"),
        in.bool("immunosuppressed"),
        in.bool("ivDrugUse"),
        in.bool("anticoagulated"),
        in.bool("peripheralArteryDisease"),
        in.bool("inflammatoryArthritis"));
  }

  private static @Nullable Surgery surgery(ObjectIn in) {
    LocalDate date = in.required("date", Values.date());
    Procedure procedure = in.required("procedure", Values.oneOf(Procedure.class));
    List<Level> levels = in.required("levels", Values.listOf(Values.oneOf(Level.class)));
    Side side = in.enumValue("side", Side.class);
    Indication indication = in.enumValue("indication", Indication.class);
    Boolean instrumented = in.bool("instrumented");
    Boolean fusionToSacrum = in.bool("fusionToSacrum");
    List<Complication> complications = in.enumList("complications", Complication.class);
    if (date == null || procedure == null || levels == null) {
      return null;
    }
    return new Surgery(
        date, procedure, levels, side, indication, instrumented, fusionToSacrum, complications);
  }

  private static Course course(ObjectIn in) {
    return new Course(
        in.enumValue("reliefAfterSurgery", Relief.class),
        in.optional("painFreeIntervalMonths", Values.numberAtLeast("0")),
        in.enumValue("painComparedToBefore", PainComparison.class),
        in.enumValue("trajectory", Trajectory.class),
        in.enumValue("onset", Onset.class));
  }

  private static Labs labs(ObjectIn in) {
    return new Labs(
        in.number("crpMgL"),
        in.number("esrMmH"),
        in.number("wbc"),
        in.number("hba1cPercent"),
        in.date("date"));
  }

  private static Electrodiagnostic edx(ObjectIn in) {
    return new Electrodiagnostic(
        in.date("date"),
        in.enumValue("result", EdxResult.class),
        in.enumValue("root", Root.class),
        in.enumValue("side", Side.class));
  }

  private static Vascular vascular(ObjectIn in) {
    return new Vascular(in.number("abiLeft", "0.2", "2.0"), in.number("abiRight", "0.2", "2.0"));
  }

  private static @Nullable DiagnosticBlock block(ObjectIn in) {
    BlockTarget target = in.required("target", Values.oneOf(BlockTarget.class));
    Level level = in.enumValue("level", Level.class);
    Root root = in.enumValue("root", Root.class);
    Side side = in.enumValue("side", Side.class);
    Integer reliefPercent = in.required("reliefPercent", Values.integer(0, 100));
    Comparative comparative = in.enumValue("comparative", Comparative.class);
    LocalDate date = in.date("date");
    if (target == null || reliefPercent == null) {
      return null;
    }
    return new DiagnosticBlock(target, level, root, side, reliefPercent, comparative, date);
  }

  private static @Nullable TreatmentTried treatment(ObjectIn in) {
    Treatment treatment = in.required("treatment", Values.oneOf(Treatment.class));
    Double weeks = in.number("weeks");
    Response response = in.enumValue("response", Response.class);
    Boolean current = in.bool("current");
    Double dailyMme = in.number("dailyMme");
    return treatment == null
        ? null
        : new TreatmentTried(treatment, weeks, response, current, dailyMme);
  }

  private static Psychosocial psychosocial(ObjectIn in) {
    return new Psychosocial(
        in.integer("phq9", 0, 27),
        in.integer("phq9Item9", 0, 3),
        in.integer("gad7", 0, 21),
        in.integer("painCatastrophizing", 0, 52),
        in.integer("tsk", 17, 68),
        in.enumValue("startBack", RiskLevel.class),
        in.bool("workersCompensation"),
        in.bool("litigation"),
        in.bool("substanceUseDisorder"),
        in.bool("opioidMisuseConcern"),
        in.bool("lackOfEngagement"),
        in.bool("dysfunctionalCoping"),
        in.bool("unrealisticExpectations"),
        in.bool("inadequateActivity"),
        in.bool("poorSocialSupport"),
        in.bool("secondaryGain"),
        in.bool("unwillingToReduceOpioids"));
  }

  private static Function function(ObjectIn in) {
    return new Function(
        in.integer("odi", 0, 100),
        in.number("walkingToleranceMinutes"),
        in.number("sittingToleranceMinutes"),
        in.bool("sleepDisturbed"),
        in.enumValue("work", Work.class),
        in.number("eq5dIndex", "-0.6", "1.0"));
  }

  private static Preferences preferences(ObjectIn in) {
    return new Preferences(
        in.enumValue("surgeryAcceptable", Acceptance.class),
        in.enumValue("implantAcceptable", Acceptance.class),
        in.enumList("goals", Goal.class));
  }
}
