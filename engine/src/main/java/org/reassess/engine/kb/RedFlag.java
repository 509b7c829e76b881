package org.reassess.engine.kb;

import java.util.List;

/**
 * A red flag of the fixed list and the triggers that raise it.
 *
 * @param workup the tests it demands when raised, always suggested first
 * @param options the options it puts first in the plan when raised (an emergency evaluation)
 */
public record RedFlag(
    String id,
    String name,
    String action,
    Rule rule,
    List<String> workup,
    List<String> options,
    List<Trigger> triggers) {
  public RedFlag {
    workup = List.copyOf(workup);
    options = List.copyOf(options);
    triggers = List.copyOf(triggers);
  }

  /**
   * One way a red flag is raised. A trigger whose evidence is {@link Evidence#NV} only adds its
   * reason to a flag that a better-supported trigger raised.
   */
  public record Trigger(String id, Condition when, Tier tier, String why, Rule rule) {}
}
