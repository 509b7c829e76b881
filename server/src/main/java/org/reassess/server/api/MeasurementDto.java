package org.reassess.server.api;

import org.reassess.server.records.Measurement;

/** One recorded value of one outcome measure. Immutable. */
@Doc("One value of one outcome measure, measured at a visit.")
public record MeasurementDto(
    @Doc("The measurement's id.") long id,
    @Doc("The measure's id (its field in the case format).") String measure,
    @Doc(value = "The day of the visit.", format = "date") String measuredOn,
    @Doc("The value, on the measure's own scale.") double value,
    @Doc(value = "When it was recorded.", format = "date-time") String recordedAt) {

  static MeasurementDto of(Measurement m) {
    return new MeasurementDto(
        m.id(), m.measure(), m.measuredOn().toString(), m.value(), m.recordedAt().toString());
  }
}
