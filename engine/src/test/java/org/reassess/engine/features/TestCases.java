package org.reassess.engine.features;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseDocument.BlockTarget;
import org.reassess.engine.casefile.CaseDocument.Comparative;
import org.reassess.engine.casefile.CaseDocument.DiagnosticBlock;
import org.reassess.engine.casefile.CaseDocument.ImagingStudy;
import org.reassess.engine.casefile.CaseDocument.Modality;
import org.reassess.engine.casefile.CaseDocument.MotorFinding;
import org.reassess.engine.casefile.CaseDocument.Procedure;
import org.reassess.engine.casefile.CaseDocument.Reflex;
import org.reassess.engine.casefile.CaseDocument.ReflexFinding;
import org.reassess.engine.casefile.CaseDocument.ReflexStatus;
import org.reassess.engine.casefile.CaseDocument.SensoryFinding;
import org.reassess.engine.casefile.CaseDocument.SensoryStatus;
import org.reassess.engine.casefile.CaseDocument.Surgery;
import org.reassess.engine.casefile.ImagingFinding;
import org.reassess.engine.casefile.Level;
import org.reassess.engine.casefile.Root;
import org.reassess.engine.casefile.Side;
import org.reassess.engine.features.FeatureParameters.LevelRoots;

/**
 * Compact builders of small cases for the feature tests. Records are built by component name
 * ({@code record(Symptoms.class, "legPainSide", LEFT)}); every component not named is {@code null},
 * which is exactly "not known" in the case model.
 */
public final class TestCases {

  static final LocalDate ASSESSMENT = LocalDate.parse("2026-06-01");
  static final LocalDate SURGERY = LocalDate.parse("2025-06-01");
  static final LocalDate AFTER_SURGERY = LocalDate.parse("2026-05-01");

  /** The realistic anatomy and thresholds the knowledge base supplies. */
  public static final FeatureParameters PARAMETERS = parameters();

  private TestCases() {}

  private static FeatureParameters parameters() {
    Map<Level, LevelRoots> levelRoots = new EnumMap<>(Level.class);
    levelRoots.put(Level.T12_L1, new LevelRoots(Root.L1, Root.L1));
    levelRoots.put(Level.L1_L2, new LevelRoots(Root.L1, Root.L2));
    levelRoots.put(Level.L2_L3, new LevelRoots(Root.L2, Root.L3));
    levelRoots.put(Level.L3_L4, new LevelRoots(Root.L3, Root.L4));
    levelRoots.put(Level.L4_L5, new LevelRoots(Root.L4, Root.L5));
    levelRoots.put(Level.L5_S1, new LevelRoots(Root.L5, Root.S1));
    Map<BlockTarget, Integer> thresholds = new EnumMap<>(BlockTarget.class);
    for (BlockTarget target : BlockTarget.values()) {
      thresholds.put(target, 50);
    }
    thresholds.put(BlockTarget.SIJ, 75);
    thresholds.put(BlockTarget.MEDIAL_BRANCH, 80);
    return new FeatureParameters(
        6.0,
        3,
        3.0,
        15.0,
        thresholds,
        levelRoots,
        Map.of(Reflex.PATELLAR, Root.L4, Reflex.ACHILLES, Root.S1));
  }

  /** The features of {@code c} with the realistic parameters. */
  static Features derive(CaseDocument c) {
    return FeatureDeriver.derive(c, PARAMETERS);
  }

  /**
   * A case assessed on {@link #ASSESSMENT} after one microdiscectomy at L4-L5 on {@link #SURGERY},
   * with the named top-level fields replacing these defaults.
   */
  static CaseDocument aCase(Object... namesAndValues) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("format", CaseDocument.FORMAT);
    fields.put("assessmentDate", ASSESSMENT);
    fields.put("surgeries", List.of(surgery(SURGERY, Procedure.MICRODISCECTOMY, Level.L4_L5)));
    fields.putAll(pairs(namesAndValues));
    return record(CaseDocument.class, fields);
  }

  /** A record of {@code type} with the named components; the others are {@code null}. */
  static <R extends Record> R record(Class<R> type, Object... namesAndValues) {
    return record(type, pairs(namesAndValues));
  }

  private static <R extends Record> R record(Class<R> type, Map<String, Object> given) {
    Map<String, Object> remaining = new LinkedHashMap<>(given);
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      arguments[i] = remaining.remove(components[i].getName());
    }
    if (!remaining.isEmpty()) {
      throw new IllegalArgumentException(type.getSimpleName() + " has no " + remaining.keySet());
    }
    Class<?>[] types =
        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      Constructor<R> constructor = type.getDeclaredConstructor(types);
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw new IllegalArgumentException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> pairs(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs");
    }
    Map<String, Object> pairs = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      pairs.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return pairs;
  }

  // ------------------------------------------------------------------ small records

  static Surgery surgery(LocalDate date, Procedure procedure, Level... levels) {
    return new Surgery(date, procedure, List.of(levels), null, null, null, null, null);
  }

  static ImagingStudy study(Modality modality, LocalDate date, ImagingFinding... findings) {
    return new ImagingStudy(modality, date, List.of(findings));
  }

  /** An MRI a month before the assessment, well after the default surgery. */
  static ImagingStudy mri(ImagingFinding... findings) {
    return study(Modality.MRI, AFTER_SURGERY, findings);
  }

  static MotorFinding motor(Root root, Side side, int mrc) {
    return new MotorFinding(root, side, mrc);
  }

  static SensoryFinding sensory(Root dermatome, Side side, SensoryStatus status) {
    return new SensoryFinding(dermatome, side, status);
  }

  static ReflexFinding reflex(Reflex reflex, Side side, ReflexStatus status) {
    return new ReflexFinding(reflex, side, status);
  }

  static DiagnosticBlock block(
      BlockTarget target, int reliefPercent, Comparative comparative, LocalDate date) {
    return new DiagnosticBlock(target, null, null, null, reliefPercent, comparative, date);
  }
}
