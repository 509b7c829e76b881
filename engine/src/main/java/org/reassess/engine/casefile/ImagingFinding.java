package org.reassess.engine.casefile;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One finding of an imaging study. Each {@code type} of the case format is one record here; its
 * attributes are optional unless the format marks them required, so an unknown attribute stays
 * {@code null}.
 */
public sealed interface ImagingFinding {

  /** The {@code type} as the case format spells it. */
  String type();

  record DiscHerniation(
      @Nullable Level level,
      @Nullable Side side,
      @Nullable HerniationZone zone,
      @Nullable Root compressedRoot,
      @Nullable Enhancement enhancement)
      implements ImagingFinding {
    @Override
    public String type() {
      return "disc_herniation";
    }
  }

  enum HerniationZone implements WireEnum {
    CENTRAL,
    PARACENTRAL,
    FORAMINAL,
    EXTRAFORAMINAL
  }

  enum Enhancement implements WireEnum {
    NONE,
    PERIPHERAL,
    HOMOGENEOUS
  }

  record EpiduralFibrosis(
      @Nullable Level level,
      @Nullable Side side,
      @Nullable Severity extent,
      @Nullable Root encasesRoot)
      implements ImagingFinding {
    @Override
    public String type() {
      return "epidural_fibrosis";
    }
  }

  enum Severity implements WireEnum {
    MILD,
    MODERATE,
    SEVERE
  }

  record Stenosis(
      @Nullable Level level,
      @Nullable Side side,
      @Nullable StenosisLocation location,
      @Nullable Severity severity,
      @Nullable Root compressedRoot)
      implements ImagingFinding {
    @Override
    public String type() {
      return "stenosis";
    }
  }

  enum StenosisLocation implements WireEnum {
    CENTRAL,
    LATERAL_RECESS,
    FORAMINAL
  }

  record Spondylolisthesis(
      @Nullable Level level,
      @Nullable Double slipMm,
      @Nullable Integer grade,
      @Nullable SlipKind kind)
      implements ImagingFinding {
    @Override
    public String type() {
      return "spondylolisthesis";
    }
  }

  enum SlipKind implements WireEnum {
    DEGENERATIVE,
    ISTHMIC,
    IATROGENIC
  }

  record DynamicInstability(
      @Nullable Level level, @Nullable Double translationMm, @Nullable Double angulationDeg)
      implements ImagingFinding {
    @Override
    public String type() {
      return "dynamic_instability";
    }
  }

  record AdjacentSegmentDegeneration(@Nullable Level level, @Nullable Boolean withStenosis)
      implements ImagingFinding {
    @Override
    public String type() {
      return "adjacent_segment_degeneration";
    }
  }

  record FusionStatus(@Nullable Level level, @Nullable FusionState status)
      implements ImagingFinding {
    @Override
    public String type() {
      return "fusion_status";
    }
  }

  enum FusionState implements WireEnum {
    SOLID,
    PSEUDARTHROSIS,
    INDETERMINATE
  }

  record HardwareProblem(
      @Nullable Level level,
      @Nullable Side side,
      @Nullable HardwareIssue problem,
      @Nullable Root contactsRoot)
      implements ImagingFinding {
    @Override
    public String type() {
      return "hardware_problem";
    }
  }

  enum HardwareIssue implements WireEnum {
    SCREW_LOOSENING,
    SCREW_MALPOSITION,
    SCREW_FRACTURE,
    ROD_FRACTURE,
    CAGE_MIGRATION,
    CAGE_SUBSIDENCE
  }

  record FacetArthropathy(@Nullable Level level, @Nullable Side side, @Nullable Boolean effusion)
      implements ImagingFinding {
    @Override
    public String type() {
      return "facet_arthropathy";
    }
  }

  record DiscDegeneration(
      @Nullable Level level, @Nullable Severity severity, @Nullable Boolean highIntensityZone)
      implements ImagingFinding {
    @Override
    public String type() {
      return "disc_degeneration";
    }
  }

  record ModicChange(@Nullable Level level, @Nullable Integer modicType) implements ImagingFinding {
    @Override
    public String type() {
      return "modic_change";
    }
  }

  record Discitis(@Nullable Level level) implements ImagingFinding {
    @Override
    public String type() {
      return "discitis";
    }
  }

  record EpiduralAbscess(@Nullable Level level) implements ImagingFinding {
    @Override
    public String type() {
      return "epidural_abscess";
    }
  }

  record FluidCollection(@Nullable Level level, @Nullable CollectionKind kind)
      implements ImagingFinding {
    @Override
    public String type() {
      return "fluid_collection";
    }
  }

  enum CollectionKind implements WireEnum {
    SEROMA,
    HEMATOMA,
    PSEUDOMENINGOCELE,
    ABSCESS
  }

  record Arachnoiditis(@Nullable List<Level> levels) implements ImagingFinding {
    public Arachnoiditis {
      levels = levels == null ? null : List.copyOf(levels);
    }

    @Override
    public String type() {
      return "arachnoiditis";
    }
  }

  record SagittalMalalignment(
      @Nullable Double svaMm, @Nullable Double piLlMismatchDeg, @Nullable Double pelvicTiltDeg)
      implements ImagingFinding {
    @Override
    public String type() {
      return "sagittal_malalignment";
    }
  }

  /**
   * A vertebral fracture; {@code level} is either a motion segment ({@code "L2-L3"}) or a vertebra
   * ({@code "L3"}), kept as written.
   */
  record VertebralFracture(@Nullable String level, @Nullable Boolean acute)
      implements ImagingFinding {
    @Override
    public String type() {
      return "vertebral_fracture";
    }
  }

  record SijArthropathy(@Nullable Side side) implements ImagingFinding {
    @Override
    public String type() {
      return "sij_arthropathy";
    }
  }

  record HipOsteoarthritis(@Nullable Side side, @Nullable Severity severity)
      implements ImagingFinding {
    @Override
    public String type() {
      return "hip_osteoarthritis";
    }
  }

  record Tumor(@Nullable Level level) implements ImagingFinding {
    @Override
    public String type() {
      return "tumor";
    }
  }

  record Other(@Nullable String text) implements ImagingFinding {
    @Override
    public String type() {
      return "other";
    }
  }
}
