package org.reassess.server.records;

import java.time.Instant;
import java.time.LocalDate;

/** One measurement of one outcome measure at one visit. Immutable. */
public record Measurement(
    long id, String measure, LocalDate measuredOn, double value, Instant recordedAt) {}
