package org.reassess.server.records;

import java.util.Locale;

/**
 * What the patient list shows: a search text (name or record number), a filter, a page. Immutable.
 */
public record PatientQuery(String search, Filter filter, int page, int pageSize) {

  /** The list's filters. */
  public enum Filter {
    ALL,
    RED_FLAG,
    IMPROVING,
    NOT_IMPROVING,
    WORSENING;

    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The filter named {@code wire}; {@link #ALL} for anything unknown or blank. */
    public static Filter parse(String wire) {
      for (Filter f : values()) {
        if (f.wire().equals(wire)) {
          return f;
        }
      }
      return ALL;
    }
  }

  public PatientQuery {
    search = search.strip();
    if (search.length() > 100) {
      search = search.substring(0, 100);
    }
    page = Math.max(page, 1);
    pageSize = Math.min(Math.max(pageSize, 1), 200);
  }
}
