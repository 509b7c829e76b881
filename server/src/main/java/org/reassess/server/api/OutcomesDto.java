package org.reassess.server.api;

import java.util.List;

/** A patient's outcome measurements over time and how they are judged. Immutable. */
@Doc(
    "The patient's outcome measurements over time, each measure judged against its minimal"
        + " clinically important difference (MCID) from the knowledge base.")
public record OutcomesDto(
    @Doc(
            "improving | not_improving | worsening | no_data, over the primary measures, judged"
                + " now with these MCIDs: worsening when any primary measure worsened by its MCID,"
                + " else improving when any improved by it, else not_improving when any has two"
                + " values, else no_data. The patient's outcomeStatus is the same judgement as of"
                + " the latest recorded visit.")
        String status,
    @Doc("The ids of the measures the status is judged on.") List<String> primaryMeasures,
    @Doc(
            "Every measure a visit can record, in the knowledge base's order, with the patient's"
                + " course on each.")
        List<OutcomeMeasureDto> measures,
    @Doc("Every recorded value, newest visit first.") List<MeasurementDto> measurements,
    @Doc("The version of the knowledge base the MCIDs come from.") String kbVersion) {

  public OutcomesDto {
    primaryMeasures = List.copyOf(primaryMeasures);
    measures = List.copyOf(measures);
    measurements = List.copyOf(measurements);
  }
}
