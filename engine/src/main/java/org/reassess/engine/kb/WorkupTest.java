package org.reassess.engine.kb;

/** A work-up test of the fixed list; never suggested when {@code alreadyDone} is true. */
public record WorkupTest(String id, String name, Condition alreadyDone, String why, Rule rule) {}
