package org.reassess.bench.load;

/** What a virtual user asks for; {@link #HEALTH} is the baseline measured in the same run. */
enum PageKind {
  /** {@code /patients?page=N} or {@code ?q=…}: the patient list. */
  PATIENT_LIST("patient list"),
  /** {@code /patients/{pid}/assessments/{aid}}: the assessment page. */
  ASSESSMENT("assessment page"),
  /**
   * {@code /health}: a trivial route behind the same filters (security headers, the session lookup,
   * Server-Timing), so the pages' ratios to it cancel out the machine's speed and the HTTP stack.
   */
  HEALTH("/health (baseline)");

  final String label;

  PageKind(String label) {
    this.label = label;
  }
}
