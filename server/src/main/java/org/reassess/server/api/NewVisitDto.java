package org.reassess.server.api;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The body that records one visit's outcome measurements. Immutable. A field the caller left out is
 * null here, and reported as a problem of the visit (not a malformed body), with the others.
 */
@Doc("One visit's outcome measurements. No other field is accepted.")
public record NewVisitDto(
    @Doc(value = "The day of the visit (YYYY-MM-DD); not in the future.", format = "date")
        String measuredOn,
    @Doc(
            "The values measured at the visit, by measure id (backPainNrs, odi, …: the measures"
                + " of the outcomes' measures list). Each is checked exactly as the case format"
                + " checks its field of the same name. Leave a measure out when it was not"
                + " measured: not measured is not zero. At least one.")
        Map<String, @Nullable BigDecimal> values) {

  public NewVisitDto {
    // unmodifiable, but in the caller's order and keeping a null value, which is reported
    values = values == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }
}
