package org.reassess.server.form;

/**
 * One value a choice field offers.
 *
 * @param value the case format's spelling, posted by the form
 * @param label what the clinician reads
 * @param group the option group it belongs to ({@code ""} for none), e.g. the finding type a value
 *     applies to
 */
public record Choice(String value, String label, String group) {}
