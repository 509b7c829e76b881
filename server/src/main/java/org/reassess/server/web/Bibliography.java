package org.reassess.server.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reassess.engine.assessment.Assessment;
import org.reassess.engine.assessment.CitedSources;
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
    CitedSources.provenances(a).stream()
        .flatMap(p -> p.citations().stream())
        .map(Citation::source)
        .forEach(distinct::add);
    List<String> keys = new ArrayList<>(distinct);
    keys.sort(CitedSources.ORDER);
    List<Source> sources = new ArrayList<>();
    for (String key : keys) {
      sources.add(new Source(key, titles.getOrDefault(key, "(not in the knowledge base's list)")));
    }
    return sources;
  }
}
