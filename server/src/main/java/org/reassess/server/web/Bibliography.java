package org.reassess.server.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.assessment.CauseResult;
import org.reassess.engine.assessment.PlanOption;
import org.reassess.engine.assessment.Provenance;
import org.reassess.engine.assessment.Triage;
import org.reassess.engine.kb.Citation;

/**
 * The sources an assessment cites, with their full references from the knowledge base, so the page
 * ends with a bibliography and each "why?" links into it. Pure.
 */
public final class Bibliography {

  /** One cited source. */
  public record Source(String key, String title) {}

  private Bibliography() {}

  /** Every source key the assessment cites, in reference order (R1, R2, … R10), with its title. */
  public static List<Source> of(Assessment a, Map<String, String> titles) {
    // distinct first: an assessment cites the same few sources hundreds of times
    Set<String> distinct = new HashSet<>();
    provenances(a)
        .flatMap(p -> p.citations().stream())
        .map(Citation::source)
        .forEach(distinct::add);
    List<String> keys = new ArrayList<>(distinct);
    keys.sort(Bibliography::byNumber);
    List<Source> sources = new ArrayList<>();
    for (String key : keys) {
      sources.add(new Source(key, titles.getOrDefault(key, "(not in the knowledge base's list)")));
    }
    return sources;
  }

  private static Stream<Provenance> provenances(Assessment a) {
    List<Provenance> all = new ArrayList<>();
    for (Triage.RaisedRedFlag f : a.triage().redFlags()) {
      all.add(f.source());
      f.triggers().forEach(t -> all.add(t.source()));
    }
    a.triage().reasons().forEach(r -> all.add(r.source()));
    for (CauseResult c : a.differential()) {
      all.add(c.source());
      c.priorAdjustments().forEach(s -> all.add(s.source()));
      Stream.of(c.supporting(), c.against(), c.missing())
          .flatMap(List::stream)
          .forEach(e -> all.add(e.source()));
    }
    a.contributors().forEach(c -> all.add(c.source()));
    a.workup().forEach(w -> all.add(w.source()));
    for (PlanOption o : a.plan().options()) {
      all.add(o.source());
      all.addAll(o.basis());
    }
    a.expectations().forEach(e -> all.add(e.source()));
    return all.stream();
  }

  private static int byNumber(String a, String b) {
    int c = Long.compare(number(a), number(b));
    return c != 0 ? c : a.compareTo(b);
  }

  /** The digits of the key as a number ("R10" is 10); keys without digits sort last. */
  private static long number(String key) {
    long n = 0;
    int digits = 0;
    for (int i = 0; i < key.length(); i++) {
      char ch = key.charAt(i);
      if (ch >= '0' && ch <= '9') {
        n = n * 10 + (ch - '0');
        digits++;
      }
    }
    return digits == 0 || digits > 9 ? Long.MAX_VALUE : n;
  }
}
