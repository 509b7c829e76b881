package org.reassess.server.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.reassess.server.records.PatientQuery;

/** Words for the wire values the pages show (tiers, statuses, filters). */
public final class Labels {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

  private Labels() {}

  public static String tier(String tier) {
    return switch (tier) {
      case "emergency" -> "Emergency — same day";
      case "urgent" -> "Urgent — within days";
      case "soon" -> "Soon — within weeks";
      case "routine" -> "Routine";
      default -> tier;
    };
  }

  public static String outcomeStatus(String status) {
    return switch (status) {
      case "improving" -> "Improving";
      case "not_improving" -> "Not improving";
      case "worsening" -> "Worsening";
      default -> "No follow-up yet";
    };
  }

  public static String filter(PatientQuery.Filter filter) {
    return switch (filter) {
      case ALL -> "All patients";
      case RED_FLAG -> "Red flag open";
      case IMPROVING -> "Improving";
      case NOT_IMPROVING -> "Not improving";
      case WORSENING -> "Worsening";
    };
  }

  /** A wire value in words: {@code if_no_improvement} → "if no improvement". */
  public static String words(String wire) {
    return wire.replace('_', ' ');
  }

  public static String date(Instant t) {
    return DATE.format(t.atZone(ZoneOffset.UTC));
  }

  public static String dateTime(Instant t) {
    return DATE_TIME.format(t.atZone(ZoneOffset.UTC));
  }
}
