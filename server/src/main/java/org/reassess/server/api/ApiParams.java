package org.reassess.server.api;

import io.javalin.http.Context;
import org.jspecify.annotations.Nullable;

/** The API's path and query parameters, checked: a malformed one is a 400 problem saying which. */
final class ApiParams {

  private ApiParams() {}

  /** A path parameter that must be a positive whole number. */
  static long id(Context ctx, String name) {
    String raw = ctx.pathParam(name);
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below, as for zero or a negative number
    }
    throw ApiRequestException.badRequest(
        "The path parameter " + name + " must be a positive whole number.");
  }

  /** A query parameter that must be a whole number in [min, max]; {@code fallback} when absent. */
  static int queryInt(Context ctx, String name, int fallback, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below, as for a value out of range
    }
    throw ApiRequestException.badRequest(
        "The query parameter "
            + name
            + " must be a whole number from "
            + min
            + (max == Integer.MAX_VALUE ? " up." : " to " + max + "."));
  }

  static @Nullable String query(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    return raw == null || raw.isBlank() ? null : raw.strip();
  }
}
