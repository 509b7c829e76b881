package org.reassess.engine.kb;

import java.util.Optional;

/**
 * A statement about the plan as a whole (not one option): how success is judged, what the course of
 * the case makes likely. Shown when {@code when} holds.
 */
public record ExpectationStatement(
    String id,
    Condition when,
    String text,
    Optional<String> leg,
    Optional<String> back,
    Rule rule) {}
