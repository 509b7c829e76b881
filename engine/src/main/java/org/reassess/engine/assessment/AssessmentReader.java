package org.reassess.engine.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads back an assessment that {@link AssessmentWriter} wrote, so that a stored assessment is
 * shown and printed exactly as it was made, never re-evaluated with a newer knowledge base. Writing
 * what this returns gives the same bytes. Thread-safe.
 */
public final class AssessmentReader {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private AssessmentReader() {}

  /**
   * The assessment in {@code json}.
   *
   * @throws IllegalArgumentException when it is not an assessment this version wrote
   */
  public static Assessment read(String json) {
    try {
      Assessment assessment = MAPPER.readValue(json, Assessment.class);
      if (!Assessment.FORMAT.equals(assessment.format())) {
        throw new IllegalArgumentException("not a " + Assessment.FORMAT + " document");
      }
      return assessment;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a readable assessment: " + e.getOriginalMessage(), e);
    }
  }
}
