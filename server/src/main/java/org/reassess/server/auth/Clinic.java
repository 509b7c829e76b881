package org.reassess.server.auth;

/** A clinic: the unit of access to patient data. Immutable. */
public record Clinic(long id, String name) {}
