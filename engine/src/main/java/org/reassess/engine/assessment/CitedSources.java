package org.reassess.engine.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an assessment's statements come from: every provenance it carries, and the order in which
 * source keys are listed. One definition for every reader that ends with the sources (the clinician
 * report, the web page's bibliography). Pure.
 */
public final class CitedSources {

  private static final Pattern SOURCE_KEY = Pattern.compile("([^0-9]*)([0-9]{1,18})(.*)");

  /** Source keys by letters, then number, then suffix: R9, R10, R111, R111b, R112. */
  public static final Comparator<String> ORDER =
      Comparator.comparing((String key) -> sourceKeyPart(key, 1))
          .thenComparingLong(key -> Long.parseLong("0" + sourceKeyPart(key, 2)))
          .thenComparing(key -> sourceKeyPart(key, 3))
          .thenComparing(Comparator.naturalOrder());

  private CitedSources() {}

  /**
   * Every provenance in the assessment: red flags and their triggers, triage reasons, each cause
   * with its prior adjustments and evidence, contributors, work-up, expectations, plan options and
   * their basis.
   */
  public static List<Provenance> provenances(Assessment a) {
    List<Provenance> all = new ArrayList<>();
    for (Triage.RaisedRedFlag f : a.triage().redFlags()) {
      all.add(f.source());
      f.triggers().forEach(s -> all.add(s.source()));
    }
    a.triage().reasons().forEach(s -> all.add(s.source()));
    for (CauseResult c : a.differential()) {
      all.add(c.source());
      c.priorAdjustments().forEach(s -> all.add(s.source()));
      c.supporting().forEach(e -> all.add(e.source()));
      c.against().forEach(e -> all.add(e.source()));
      c.missing().forEach(e -> all.add(e.source()));
    }
    a.contributors().forEach(c -> all.add(c.source()));
    a.workup().forEach(w -> all.add(w.source()));
    a.expectations().forEach(e -> all.add(e.source()));
    for (PlanOption o : a.plan().options()) {
      all.add(o.source());
      all.addAll(o.basis());
    }
    return all;
  }

  private static String sourceKeyPart(String key, int group) {
    Matcher m = SOURCE_KEY.matcher(key);
    if (!m.matches()) {
      return group == 1 ? key : "";
    }
    return m.group(group);
  }
}
