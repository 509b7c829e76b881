package org.reassess.engine.casefile;

import org.reassess.engine.casefile.CaseDocument.ImagingStudy;
import org.reassess.engine.casefile.ImagingFinding.AdjacentSegmentDegeneration;
import org.reassess.engine.casefile.ImagingFinding.Arachnoiditis;
import org.reassess.engine.casefile.ImagingFinding.DiscDegeneration;
import org.reassess.engine.casefile.ImagingFinding.DiscHerniation;
import org.reassess.engine.casefile.ImagingFinding.Discitis;
import org.reassess.engine.casefile.ImagingFinding.DynamicInstability;
import org.reassess.engine.casefile.ImagingFinding.EpiduralAbscess;
import org.reassess.engine.casefile.ImagingFinding.EpiduralFibrosis;
import org.reassess.engine.casefile.ImagingFinding.FacetArthropathy;
import org.reassess.engine.casefile.ImagingFinding.FluidCollection;
import org.reassess.engine.casefile.ImagingFinding.FusionStatus;
import org.reassess.engine.casefile.ImagingFinding.HardwareProblem;
import org.reassess.engine.casefile.ImagingFinding.HipOsteoarthritis;
import org.reassess.engine.casefile.ImagingFinding.ModicChange;
import org.reassess.engine.casefile.ImagingFinding.Other;
import org.reassess.engine.casefile.ImagingFinding.SagittalMalalignment;
import org.reassess.engine.casefile.ImagingFinding.SijArthropathy;
import org.reassess.engine.casefile.ImagingFinding.Spondylolisthesis;
import org.reassess.engine.casefile.ImagingFinding.Stenosis;
import org.reassess.engine.casefile.ImagingFinding.Tumor;
import org.reassess.engine.casefile.ImagingFinding.VertebralFracture;

/**
 * Writes imaging studies for {@link CaseWriter}: each finding as its {@code type} followed by the
 * attributes the format lists for that type, in that order. Stateless.
 */
final class ImagingWriter {

  private ImagingWriter() {}

  static void study(JsonOut out, ImagingStudy study) {
    out.wire("modality", study.modality());
    out.date("date", study.date());
    out.objects("findings", study.findings(), ImagingWriter::finding);
  }

  private static void finding(JsonOut out, ImagingFinding finding) {
    out.text("type", finding.type());
    if (finding instanceof DiscHerniation f) {
      out.wire("level", f.level());
      out.wire("side", f.side());
      out.wire("zone", f.zone());
      out.wire("compressedRoot", f.compressedRoot());
      out.wire("enhancement", f.enhancement());
    } else if (finding instanceof EpiduralFibrosis f) {
      out.wire("level", f.level());
      out.wire("side", f.side());
      out.wire("extent", f.extent());
      out.wire("encasesRoot", f.encasesRoot());
    } else if (finding instanceof Stenosis f) {
      out.wire("level", f.level());
      out.wire("side", f.side());
      out.wire("location", f.location());
      out.wire("severity", f.severity());
      out.wire("compressedRoot", f.compressedRoot());
    } else if (finding instanceof Spondylolisthesis f) {
      out.wire("level", f.level());
      out.number("slipMm", f.slipMm());
      out.integer("grade", f.grade());
      out.wire("kind", f.kind());
    } else {
      segmentFinding(out, finding);
    }
  }

  /** The findings about one segment's degeneration, fusion, hardware or joints. */
  private static void segmentFinding(JsonOut out, ImagingFinding finding) {
    if (finding instanceof DynamicInstability f) {
      out.wire("level", f.level());
      out.number("translationMm", f.translationMm());
      out.number("angulationDeg", f.angulationDeg());
    } else if (finding instanceof AdjacentSegmentDegeneration f) {
      out.wire("level", f.level());
      out.bool("withStenosis", f.withStenosis());
    } else if (finding instanceof FusionStatus f) {
      out.wire("level", f.level());
      out.wire("status", f.status());
    } else if (finding instanceof HardwareProblem f) {
      out.wire("level", f.level());
      out.wire("side", f.side());
      out.wire("problem", f.problem());
      out.wire("contactsRoot", f.contactsRoot());
    } else if (finding instanceof FacetArthropathy f) {
      out.wire("level", f.level());
      out.wire("side", f.side());
      out.bool("effusion", f.effusion());
    } else if (finding instanceof DiscDegeneration f) {
      out.wire("level", f.level());
      out.wire("severity", f.severity());
      out.bool("highIntensityZone", f.highIntensityZone());
    } else if (finding instanceof ModicChange f) {
      out.wire("level", f.level());
      out.integer("modicType", f.modicType());
    } else {
      otherFinding(out, finding);
    }
  }

  /** Infection, collections, the whole spine, the hip and the sacroiliac joints, and the rest. */
  private static void otherFinding(JsonOut out, ImagingFinding finding) {
    if (finding instanceof Discitis f) {
      out.wire("level", f.level());
    } else if (finding instanceof EpiduralAbscess f) {
      out.wire("level", f.level());
    } else if (finding instanceof FluidCollection f) {
      out.wire("level", f.level());
      out.wire("kind", f.kind());
    } else if (finding instanceof Arachnoiditis f) {
      out.wires("levels", f.levels());
    } else if (finding instanceof SagittalMalalignment f) {
      out.number("svaMm", f.svaMm());
      out.number("piLlMismatchDeg", f.piLlMismatchDeg());
      out.number("pelvicTiltDeg", f.pelvicTiltDeg());
    } else if (finding instanceof VertebralFracture f) {
      out.text("level", f.level());
      out.bool("acute", f.acute());
    } else if (finding instanceof SijArthropathy f) {
      out.wire("side", f.side());
    } else if (finding instanceof HipOsteoarthritis f) {
      out.wire("side", f.side());
      out.wire("severity", f.severity());
    } else if (finding instanceof Tumor f) {
      out.wire("level", f.level());
    } else if (finding instanceof Other f) {
      out.text("text", f.text());
    } else {
      throw new IllegalArgumentException("no writer for finding type " + finding.type());
    }
  }
}
