package org.reassess.server.api;

import org.jspecify.annotations.Nullable;

/** The body that creates a patient. Immutable. */
@Doc("A new patient of the token's clinic. No other field is accepted.")
public record NewPatientDto(
    @Doc("The name the clinic knows the patient by (1 to 200 characters).") String displayName,
    @Doc("The clinic's medical record number, unique in the clinic (up to 64 characters).")
        @Nullable String mrn) {}
