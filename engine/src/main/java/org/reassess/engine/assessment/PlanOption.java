package org.reassess.engine.assessment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One option the plan considered, with its verdict and the reason.
 *
 * @param recommendation {@code recommended | consider | not_recommended}
 * @param why the reason in words: what indicates it, what is missing, or why it is rejected
 * @param stage for a recommended option: {@code now | if_no_improvement | later}
 * @param missingPrerequisites what must be true before it can be recommended, with the tests that
 *     would tell
 * @param declinedByPatient the patient's stated preferences decline this kind of option: it is
 *     shown, marked, never hidden
 * @param basis the knowledge-base rules the verdict rests on
 */
public record PlanOption(
    String option,
    String name,
    String category,
    String recommendation,
    String why,
    @Nullable String stage,
    List<String> missingPrerequisites,
    List<String> testsToMeetPrerequisites,
    @Nullable Boolean declinedByPatient,
    List<Provenance> basis,
    Provenance source) {
  public PlanOption {
    missingPrerequisites = List.copyOf(missingPrerequisites);
    testsToMeetPrerequisites = List.copyOf(testsToMeetPrerequisites);
    basis = List.copyOf(basis);
  }
}
