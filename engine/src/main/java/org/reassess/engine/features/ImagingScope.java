package org.reassess.engine.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.reassess.engine.casefile.CaseDocument;
import org.reassess.engine.casefile.CaseDocument.ImagingStudy;
import org.reassess.engine.casefile.CaseDocument.Modality;
import org.reassess.engine.casefile.ImagingFinding;

/**
 * The imaging of one case, split into the studies dated on or after the index surgery ("since
 * surgery") and all studies. A finding counts as present when a study in the feature's scope shows
 * it, and as absent only when a study since surgery that could show it does not. Immutable.
 */
final class ImagingScope {

  /** Studies that show the canal, the discs and the soft tissue. */
  static final Set<Modality> CROSS_SECTIONAL =
      EnumSet.of(Modality.MRI, Modality.MRI_GADOLINIUM, Modality.CT, Modality.CT_MYELOGRAM);

  /** Studies that show signal changes (fluid, oedema, marrow). */
  static final Set<Modality> MRI = EnumSet.of(Modality.MRI, Modality.MRI_GADOLINIUM);

  /** Spine studies that show the bones and implants. */
  static final Set<Modality> SPINE_BONE =
      EnumSet.of(
          Modality.MRI,
          Modality.MRI_GADOLINIUM,
          Modality.CT,
          Modality.CT_MYELOGRAM,
          Modality.XRAY,
          Modality.XRAY_FLEXION_EXTENSION,
          Modality.XRAY_STANDING_FULL_LENGTH);

  /** Every spine study: the bone studies and the scintigraphies. */
  static final Set<Modality> SPINE_ANY =
      EnumSet.of(
          Modality.MRI,
          Modality.MRI_GADOLINIUM,
          Modality.CT,
          Modality.CT_MYELOGRAM,
          Modality.XRAY,
          Modality.XRAY_FLEXION_EXTENSION,
          Modality.XRAY_STANDING_FULL_LENGTH,
          Modality.BONE_SCAN,
          Modality.SPECT_CT);

  private final @Nullable List<ImagingStudy> studies;
  private final List<Located<ImagingFinding>> all;
  private final List<Located<ImagingFinding>> since;
  private final EnumSet<Modality> modalitiesSince;

  /**
   * @param indexDate the index surgery's date; {@code null} (a case without surgery) counts every
   *     study as recent
   */
  ImagingScope(CaseDocument c, @Nullable LocalDate indexDate) {
    this.studies = c.imaging();
    List<Located<ImagingFinding>> allFindings = new ArrayList<>();
    EnumSet<Modality> recent = EnumSet.noneOf(Modality.class);
    List<ImagingStudy> listed = studies == null ? List.of() : studies;
    for (int s = 0; s < listed.size(); s++) {
      ImagingStudy study = listed.get(s);
      if (indexDate == null || !study.date().isBefore(indexDate)) {
        recent.add(study.modality());
      }
      for (int f = 0; f < study.findings().size(); f++) {
        allFindings.add(
            new Located<>(study.findings().get(f), study.modality(), study.date(), s, f));
      }
    }
    this.all = List.copyOf(allFindings);
    this.since =
        allFindings.stream()
            .filter(l -> indexDate == null || !l.date().isBefore(indexDate))
            .toList();
    this.modalitiesSince = recent;
  }

  /** Whether the case lists imaging at all (an empty list included). */
  boolean listed() {
    return studies != null;
  }

  /** Modalities of the studies since surgery. */
  Set<Modality> modalitiesSince() {
    return EnumSet.copyOf(modalitiesSince);
  }

  /** Whether a study since surgery has one of the {@code capable} modalities. */
  boolean studiedSince(Set<Modality> capable) {
    return modalitiesSince.stream().anyMatch(capable::contains);
  }

  /** Findings of {@code type} in studies since surgery, in case order. */
  <T extends ImagingFinding> List<Located<T>> since(Class<T> type) {
    return ofType(since.stream(), type);
  }

  /** Findings of {@code type} in studies of any date, in case order. */
  <T extends ImagingFinding> List<Located<T>> anyDate(Class<T> type) {
    return ofType(all.stream(), type);
  }

  /**
   * Whether a study since surgery shows a finding of {@code type} that {@code matches}: true when
   * one does, unknown when one might, false when a {@code capable} study since surgery exists and
   * none might.
   */
  <T extends ImagingFinding> @Nullable Boolean presenceSince(
      Class<T> type, Function<T, Tri> matches, Set<Modality> capable) {
    return presence(since(type), matches, capable);
  }

  /**
   * As {@link #presenceSince} but a finding on a study of any date counts, for lasting conditions
   * that surgery does not change; the negative still needs a {@code capable} study since surgery.
   */
  <T extends ImagingFinding> @Nullable Boolean presenceAnyDate(
      Class<T> type, Function<T, Tri> matches, Set<Modality> capable) {
    return presence(anyDate(type), matches, capable);
  }

  private <T extends ImagingFinding> @Nullable Boolean presence(
      List<Located<T>> findings, Function<T, Tri> matches, Set<Modality> capable) {
    return Tri.any(findings.stream().map(l -> matches.apply(l.finding())))
        .feature(studiedSince(capable));
  }

  private static <T extends ImagingFinding> List<Located<T>> ofType(
      Stream<Located<ImagingFinding>> findings, Class<T> type) {
    return findings
        .filter(l -> type.isInstance(l.finding()))
        .map(
            l ->
                new Located<>(type.cast(l.finding()), l.modality(), l.date(), l.study(), l.index()))
        .toList();
  }
}
