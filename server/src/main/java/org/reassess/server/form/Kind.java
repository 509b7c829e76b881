package org.reassess.server.form;

/** How one form field is entered and how its text becomes a JSON value. */
public enum Kind {
  /** Free text, kept exactly as typed. */
  TEXT,
  /** An ISO date ({@code <input type=date>}); the case reader judges its form. */
  DATE,
  /** A whole number (scores, counts). */
  WHOLE,
  /** Any number (measurements, durations). */
  NUMBER,
  /** A tri-state boolean: unknown / yes / no. */
  YES_NO,
  /** One value of an enumeration, or unknown. */
  CHOICE,
  /** Any number of values of an enumeration (an array in the case). */
  MULTI,
  /** A free JSON object ({@code extensions}). */
  JSON
}
