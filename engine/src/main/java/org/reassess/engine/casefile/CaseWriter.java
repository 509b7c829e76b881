package org.reassess.engine.casefile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.reassess.engine.casefile.CaseDocument.Course;
import org.reassess.engine.casefile.CaseDocument.DiagnosticBlock;
import org.reassess.engine.casefile.CaseDocument.Electrodiagnostic;
import org.reassess.engine.casefile.CaseDocument.Exam;
import org.reassess.engine.casefile.CaseDocument.Function;
import org.reassess.engine.casefile.CaseDocument.Labs;
import org.reassess.engine.casefile.CaseDocument.MotorFinding;
import org.reassess.engine.casefile.CaseDocument.Patient;
import org.reassess.engine.casefile.CaseDocument.Preferences;
import org.reassess.engine.casefile.CaseDocument.Psychosocial;
import org.reassess.engine.casefile.CaseDocument.ReflexFinding;
import org.reassess.engine.casefile.CaseDocument.SensoryFinding;
import org.reassess.engine.casefile.CaseDocument.Surgery;
import org.reassess.engine.casefile.CaseDocument.Symptoms;
import org.reassess.engine.casefile.CaseDocument.TensionSign;
import org.reassess.engine.casefile.CaseDocument.TreatmentTried;
import org.reassess.engine.casefile.CaseDocument.Vascular;
import org.reassess.engine.casefile.CaseDocument.Weakness;

/**
 * Writes a case as canonical {@code reassess-case/1} JSON: fields in the order of {@code
 * case-format.md}, unknown ({@code null}) fields left out, empty lists kept (they are real
 * negatives), two-space indentation, {@code \n} line ends, no final newline. The same case always
 * gives the same text, and {@link CaseReader} reads it back to an equal {@link CaseDocument}.
 * Stateless and thread-safe.
 */
public final class CaseWriter {

  private static final JsonFactory FACTORY = new JsonFactory();

  private CaseWriter() {}

  /** The canonical JSON text of {@code c}. */
  public static String toJson(CaseDocument c) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(text)) {
      generator.setPrettyPrinter(prettyPrinter());
      new JsonOut(generator).fieldsOf(c, CaseWriter::caseDocument);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  /** Like {@code JSON.stringify(value, null, 2)}: {@code "key": value}, arrays one item a line. */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  private static void caseDocument(JsonOut out, CaseDocument c) {
    out.text("format", c.format());
    out.text("caseId", c.caseId());
    out.date("assessmentDate", c.assessmentDate());
    out.object("patient", c.patient(), CaseWriter::patient);
    out.objects("surgeries", c.surgeries(), CaseWriter::surgery);
    out.object("course", c.course(), CaseWriter::course);
    out.object("symptoms", c.symptoms(), CaseWriter::symptoms);
    out.object("exam", c.exam(), CaseWriter::exam);
    out.objects("imaging", c.imaging(), ImagingWriter::study);
    out.object("labs", c.labs(), CaseWriter::labs);
    out.objects("electrodiagnostics", c.electrodiagnostics(), CaseWriter::edx);
    out.object("vascular", c.vascular(), CaseWriter::vascular);
    out.objects("diagnosticBlocks", c.diagnosticBlocks(), CaseWriter::block);
    out.objects("treatmentsTried", c.treatmentsTried(), CaseWriter::treatment);
    out.object("psychosocial", c.psychosocial(), CaseWriter::psychosocial);
    out.object("function", c.function(), CaseWriter::function);
    out.object("preferences", c.preferences(), CaseWriter::preferences);
    out.json("extensions", c.extensions());
  }

  private static void patient(JsonOut out, Patient p) {
    out.integer("age", p.age());
    out.wire("sex", p.sex());
    out.number("bmi", p.bmi());
    out.bool("smoker", p.smoker());
    out.bool("diabetes", p.diabetes());
    out.bool("osteoporosis", p.osteoporosis());
    out.bool("cancerHistory", p.cancerHistory());
    out.bool("immunosuppressed", p.immunosuppressed());
    out.bool("ivDrugUse", p.ivDrugUse());
    out.bool("anticoagulated", p.anticoagulated());
    out.bool("peripheralArteryDisease", p.peripheralArteryDisease());
    out.bool("inflammatoryArthritis", p.inflammatoryArthritis());
  }

  private static void surgery(JsonOut out, Surgery s) {
    out.date("date", s.date());
    out.wire("procedure", s.procedure());
    out.wires("levels", s.levels());
    out.wire("side", s.side());
    out.wire("indication", s.indication());
    out.bool("instrumented", s.instrumented());
    out.bool("fusionToSacrum", s.fusionToSacrum());
    out.wires("complications", s.complications());
  }

  private static void course(JsonOut out, Course c) {
    out.wire("reliefAfterSurgery", c.reliefAfterSurgery());
    out.number("painFreeIntervalMonths", c.painFreeIntervalMonths());
    out.wire("painComparedToBefore", c.painComparedToBefore());
    out.wire("trajectory", c.trajectory());
    out.wire("onset", c.onset());
  }

  private static void symptoms(JsonOut out, Symptoms s) {
    out.integer("backPainNrs", s.backPainNrs());
    out.integer("legPainNrs", s.legPainNrs());
    out.wire("legPainSide", s.legPainSide());
    out.wire("legPainDistribution", s.legPainDistribution());
    out.wires("dermatomes", s.dermatomes());
    out.bool("painBelowKnee", s.painBelowKnee());
    out.wires("painLocations", s.painLocations());
    out.wires("neuropathicDescriptors", s.neuropathicDescriptors());
    out.bool("neurogenicClaudication", s.neurogenicClaudication());
    out.wires("aggravatedBy", s.aggravatedBy());
    out.wires("relievedBy", s.relievedBy());
    out.bool("nightPain", s.nightPain());
    out.bool("restPain", s.restPain());
    out.bool("positionalHeadache", s.positionalHeadache());
    out.object("weakness", s.weakness(), CaseWriter::weakness);
    out.bool("numbness", s.numbness());
    out.wire("bladder", s.bladder());
    out.wire("bowel", s.bowel());
    out.bool("saddleAnesthesia", s.saddleAnesthesia());
    out.bool("bilateralLegSymptomsNew", s.bilateralLegSymptomsNew());
    out.bool("fever", s.fever());
    out.bool("chills", s.chills());
    out.bool("unexplainedWeightLoss", s.unexplainedWeightLoss());
    out.bool("recentTrauma", s.recentTrauma());
    out.wire("woundProblem", s.woundProblem());
    out.bool("legColdPale", s.legColdPale());
    out.integer("painSites", s.painSites());
  }

  private static void weakness(JsonOut out, Weakness w) {
    out.bool("present", w.present());
    out.bool("progressive", w.progressive());
    out.date("onsetDate", w.onsetDate());
    out.text("description", w.description());
  }

  private static void exam(JsonOut out, Exam e) {
    out.objects("motor", e.motor(), CaseWriter::motor);
    out.objects("sensory", e.sensory(), CaseWriter::sensory);
    out.objects("reflexes", e.reflexes(), CaseWriter::reflex);
    out.bool("upperMotorNeuronSigns", e.upperMotorNeuronSigns());
    out.object("straightLegRaise", e.straightLegRaise(), CaseWriter::tensionSign);
    out.object("crossedStraightLegRaise", e.crossedStraightLegRaise(), CaseWriter::tensionSign);
    out.object("femoralStretch", e.femoralStretch(), CaseWriter::tensionSign);
    out.integer("sijProvocationPositive", e.sijProvocationPositive());
    out.bool("fortinFingerSign", e.fortinFingerSign());
    out.bool("hipInternalRotationPainful", e.hipInternalRotationPainful());
    out.bool("hipRangeReduced", e.hipRangeReduced());
    out.bool("greaterTrochanterTender", e.greaterTrochanterTender());
    out.bool("facetLoadingPain", e.facetLoadingPain());
    out.wire("passiveLumbarExtensionTest", e.passiveLumbarExtensionTest());
    out.bool("paraspinalTriggerPoints", e.paraspinalTriggerPoints());
    out.bool("tinelFibularHead", e.tinelFibularHead());
    out.wire("distalPulses", e.distalPulses());
    out.wire("woundStatus", e.woundStatus());
    out.bool("stoopedPosture", e.stoopedPosture());
    out.integer("nonOrganicSigns", e.nonOrganicSigns());
    out.wire("gait", e.gait());
  }

  private static void motor(JsonOut out, MotorFinding m) {
    out.wire("root", m.root());
    out.wire("side", m.side());
    out.integer("mrc", m.mrc());
  }

  private static void sensory(JsonOut out, SensoryFinding s) {
    out.wire("dermatome", s.dermatome());
    out.wire("side", s.side());
    out.wire("status", s.status());
  }

  private static void reflex(JsonOut out, ReflexFinding r) {
    out.wire("reflex", r.reflex());
    out.wire("side", r.side());
    out.wire("status", r.status());
  }

  private static void tensionSign(JsonOut out, TensionSign t) {
    out.wire("result", t.result());
    out.wire("side", t.side());
    out.number("angleDeg", t.angleDeg());
  }

  private static void labs(JsonOut out, Labs l) {
    out.number("crpMgL", l.crpMgL());
    out.number("esrMmH", l.esrMmH());
    out.number("wbc", l.wbc());
    out.number("hba1cPercent", l.hba1cPercent());
    out.date("date", l.date());
  }

  private static void edx(JsonOut out, Electrodiagnostic e) {
    out.date("date", e.date());
    out.wire("result", e.result());
    out.wire("root", e.root());
    out.wire("side", e.side());
  }

  private static void vascular(JsonOut out, Vascular v) {
    out.number("abiLeft", v.abiLeft());
    out.number("abiRight", v.abiRight());
  }

  private static void block(JsonOut out, DiagnosticBlock b) {
    out.wire("target", b.target());
    out.wire("level", b.level());
    out.wire("root", b.root());
    out.wire("side", b.side());
    out.integer("reliefPercent", b.reliefPercent());
    out.wire("comparative", b.comparative());
    out.date("date", b.date());
  }

  private static void treatment(JsonOut out, TreatmentTried t) {
    out.wire("treatment", t.treatment());
    out.number("weeks", t.weeks());
    out.wire("response", t.response());
    out.bool("current", t.current());
    out.number("dailyMme", t.dailyMme());
  }

  private static void psychosocial(JsonOut out, Psychosocial p) {
    out.integer("phq9", p.phq9());
    out.integer("phq9Item9", p.phq9Item9());
    out.integer("gad7", p.gad7());
    out.integer("painCatastrophizing", p.painCatastrophizing());
    out.integer("tsk", p.tsk());
    out.wire("startBack", p.startBack());
    out.bool("workersCompensation", p.workersCompensation());
    out.bool("litigation", p.litigation());
    out.bool("substanceUseDisorder", p.substanceUseDisorder());
    out.bool("opioidMisuseConcern", p.opioidMisuseConcern());
    out.bool("lackOfEngagement", p.lackOfEngagement());
    out.bool("dysfunctionalCoping", p.dysfunctionalCoping());
    out.bool("unrealisticExpectations", p.unrealisticExpectations());
    out.bool("inadequateActivity", p.inadequateActivity());
    out.bool("poorSocialSupport", p.poorSocialSupport());
    out.bool("secondaryGain", p.secondaryGain());
    out.bool("unwillingToReduceOpioids", p.unwillingToReduceOpioids());
  }

  private static void function(JsonOut out, Function f) {
    out.integer("odi", f.odi());
    out.number("walkingToleranceMinutes", f.walkingToleranceMinutes());
    out.number("sittingToleranceMinutes", f.sittingToleranceMinutes());
    out.bool("sleepDisturbed", f.sleepDisturbed());
    out.wire("work", f.work());
    out.number("eq5dIndex", f.eq5dIndex());
  }

  private static void preferences(JsonOut out, Preferences p) {
    out.wire("surgeryAcceptable", p.surgeryAcceptable());
    out.wire("implantAcceptable", p.implantAcceptable());
    out.wires("goals", p.goals());
  }
}
