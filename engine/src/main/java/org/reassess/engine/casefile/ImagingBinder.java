package org.reassess.engine.casefile;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseDocument.ImagingStudy;
import org.reassess.engine.casefile.CaseDocument.Modality;
import org.reassess.engine.casefile.ImagingFinding.AdjacentSegmentDegeneration;
import org.reassess.engine.casefile.ImagingFinding.Arachnoiditis;
import org.reassess.engine.casefile.ImagingFinding.CollectionKind;
import org.reassess.engine.casefile.ImagingFinding.DiscDegeneration;
import org.reassess.engine.casefile.ImagingFinding.DiscHerniation;
import org.reassess.engine.casefile.ImagingFinding.Discitis;
import org.reassess.engine.casefile.ImagingFinding.DynamicInstability;
import org.reassess.engine.casefile.ImagingFinding.Enhancement;
import org.reassess.engine.casefile.ImagingFinding.EpiduralAbscess;
import org.reassess.engine.casefile.ImagingFinding.EpiduralFibrosis;
import org.reassess.engine.casefile.ImagingFinding.FacetArthropathy;
import org.reassess.engine.casefile.ImagingFinding.FluidCollection;
import org.reassess.engine.casefile.ImagingFinding.FusionState;
import org.reassess.engine.casefile.ImagingFinding.FusionStatus;
import org.reassess.engine.casefile.ImagingFinding.HardwareIssue;
import org.reassess.engine.casefile.ImagingFinding.HardwareProblem;
import org.reassess.engine.casefile.ImagingFinding.HerniationZone;
import org.reassess.engine.casefile.ImagingFinding.HipOsteoarthritis;
import org.reassess.engine.casefile.ImagingFinding.ModicChange;
import org.reassess.engine.casefile.ImagingFinding.Other;
import org.reassess.engine.casefile.ImagingFinding.SagittalMalalignment;
import org.reassess.engine.casefile.ImagingFinding.Severity;
import org.reassess.engine.casefile.ImagingFinding.SijArthropathy;
import org.reassess.engine.casefile.ImagingFinding.SlipKind;
import org.reassess.engine.casefile.ImagingFinding.Spondylolisthesis;
import org.reassess.engine.casefile.ImagingFinding.Stenosis;
import org.reassess.engine.casefile.ImagingFinding.StenosisLocation;
import org.reassess.engine.casefile.ImagingFinding.Tumor;
import org.reassess.engine.casefile.ImagingFinding.VertebralFracture;

/**
 * Binds the {@code imaging} studies of a case and their findings: the finding's {@code type} picks
 * the binding method, which reads the attributes the format lists for that type. Stateless.
 */
final class ImagingBinder {

  /** Binding method per finding {@code type}, in the order of {@code case-format.md}. */
  private static final Map<String, Function<ObjectIn, ImagingFinding>> BY_TYPE = byType();

  /** Where a vertebral fracture may be: a motion segment, or a single vertebra. */
  static final List<String> FRACTURE_SITES =
      Stream.concat(
              WireEnum.spellings(Level.class).stream(),
              Stream.of("T12", "L1", "L2", "L3", "L4", "L5", "S1"))
          .toList();

  private ImagingBinder() {}

  /** Every finding {@code type} of the format, in its order. */
  static Set<String> findingTypes() {
    return BY_TYPE.keySet();
  }

  static @Nullable ImagingStudy study(ObjectIn in) {
    Modality modality = in.required("modality", Values.oneOf(Modality.class));
    LocalDate date = in.required("date", Values.date());
    List<ImagingFinding> findings =
        in.required("findings", Values.listOf(Values.object(ImagingBinder::finding)));
    if (modality == null || date == null || findings == null) {
      return null;
    }
    return new ImagingStudy(modality, date, findings);
  }

  private static @Nullable ImagingFinding finding(ObjectIn in) {
    String type = in.required("type", Values.oneOf(BY_TYPE.keySet()));
    if (type == null) {
      in.allowOtherFields(); // which fields belong depends on the type, reported already
      return null;
    }
    return BY_TYPE.get(type).apply(in);
  }

  private static Map<String, Function<ObjectIn, ImagingFinding>> byType() {
    Map<String, Function<ObjectIn, ImagingFinding>> map = new LinkedHashMap<>();
    map.put("disc_herniation", ImagingBinder::discHerniation);
    map.put("epidural_fibrosis", ImagingBinder::epiduralFibrosis);
    map.put("stenosis", ImagingBinder::stenosis);
    map.put("spondylolisthesis", ImagingBinder::spondylolisthesis);
    map.put("dynamic_instability", ImagingBinder::dynamicInstability);
    map.put("adjacent_segment_degeneration", ImagingBinder::adjacentSegmentDegeneration);
    map.put(
        "fusion_status",
        in -> new FusionStatus(level(in), in.enumValue("status", FusionState.class)));
    map.put("hardware_problem", ImagingBinder::hardwareProblem);
    map.put("facet_arthropathy", ImagingBinder::facetArthropathy);
    map.put("disc_degeneration", ImagingBinder::discDegeneration);
    map.put("modic_change", in -> new ModicChange(level(in), in.integer("modicType", 1, 3)));
    map.put("discitis", in -> new Discitis(level(in)));
    map.put("epidural_abscess", in -> new EpiduralAbscess(level(in)));
    map.put(
        "fluid_collection",
        in -> new FluidCollection(level(in), in.enumValue("kind", CollectionKind.class)));
    map.put("arachnoiditis", in -> new Arachnoiditis(in.enumList("levels", Level.class)));
    map.put("sagittal_malalignment", ImagingBinder::sagittalMalalignment);
    map.put("vertebral_fracture", ImagingBinder::vertebralFracture);
    map.put("sij_arthropathy", in -> new SijArthropathy(side(in)));
    map.put(
        "hip_osteoarthritis",
        in -> new HipOsteoarthritis(side(in), in.enumValue("severity", Severity.class)));
    map.put("tumor", in -> new Tumor(level(in)));
    map.put("other", in -> new Other(in.text("text")));
    return Collections.unmodifiableMap(map);
  }

  private static @Nullable Level level(ObjectIn in) {
    return in.enumValue("level", Level.class);
  }

  private static @Nullable Side side(ObjectIn in) {
    return in.enumValue("side", Side.class);
  }

  private static ImagingFinding discHerniation(ObjectIn in) {
    return new DiscHerniation(
        level(in),
        side(in),
        in.enumValue("zone", HerniationZone.class),
        in.enumValue("compressedRoot", Root.class),
        in.enumValue("enhancement", Enhancement.class));
  }

  private static ImagingFinding epiduralFibrosis(ObjectIn in) {
    return new EpiduralFibrosis(
        level(in),
        side(in),
        in.enumValue("extent", Severity.class),
        in.enumValue("encasesRoot", Root.class));
  }

  private static ImagingFinding stenosis(ObjectIn in) {
    return new Stenosis(
        level(in),
        side(in),
        in.enumValue("location", StenosisLocation.class),
        in.enumValue("severity", Severity.class),
        in.enumValue("compressedRoot", Root.class));
  }

  private static ImagingFinding spondylolisthesis(ObjectIn in) {
    return new Spondylolisthesis(
        level(in),
        in.number("slipMm"),
        in.integer("grade", 1, 4),
        in.enumValue("kind", SlipKind.class));
  }

  private static ImagingFinding dynamicInstability(ObjectIn in) {
    return new DynamicInstability(
        level(in), in.number("translationMm"), in.number("angulationDeg"));
  }

  private static ImagingFinding adjacentSegmentDegeneration(ObjectIn in) {
    return new AdjacentSegmentDegeneration(level(in), in.bool("withStenosis"));
  }

  private static ImagingFinding hardwareProblem(ObjectIn in) {
    return new HardwareProblem(
        level(in),
        side(in),
        in.enumValue("problem", HardwareIssue.class),
        in.enumValue("contactsRoot", Root.class));
  }

  private static ImagingFinding facetArthropathy(ObjectIn in) {
    return new FacetArthropathy(level(in), side(in), in.bool("effusion"));
  }

  private static ImagingFinding discDegeneration(ObjectIn in) {
    return new DiscDegeneration(
        level(in), in.enumValue("severity", Severity.class), in.bool("highIntensityZone"));
  }

  private static ImagingFinding sagittalMalalignment(ObjectIn in) {
    return new SagittalMalalignment(
        in.number("svaMm"), in.number("piLlMismatchDeg"), in.number("pelvicTiltDeg"));
  }

  private static ImagingFinding vertebralFracture(ObjectIn in) {
    return new VertebralFracture(
        in.optional("level", Values.oneOf(FRACTURE_SITES)), in.bool("acute"));
  }
}
