package org.reassess.engine.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Writes assessments as JSON, deterministically: the same assessment always gives the same bytes
 * (fields in record order, maps in insertion order, no timestamps), which makes assessments
 * auditable and comparable across runs.
 */
public final class AssessmentWriter {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
          .build();

  private static final ObjectWriter PRETTY =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private static final ObjectWriter COMPACT = MAPPER.writer();

  private AssessmentWriter() {}

  /** Indented JSON for one document. */
  public static String toJson(Assessment assessment) {
    try {
      return PRETTY.writeValueAsString(assessment);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an assessment is always serialisable", e);
    }
  }

  /** One line, for NDJSON output of several assessments. */
  public static String toJsonLine(Assessment assessment) {
    try {
      return COMPACT.writeValueAsString(assessment);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an assessment is always serialisable", e);
    }
  }
}
