package org.reassess.server.auth;

/** An account as the administration pages show it (never the password hash). Immutable. */
public record Account(
    long id,
    String username,
    String displayName,
    Role role,
    long clinicId,
    String clinicName,
    boolean active) {}
