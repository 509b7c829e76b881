package org.reassess.server.form;

import java.util.ArrayList;
import java.util.List;

/**
 * The drawing of the body/dermatome map: simple shapes on a front and a back outline, each one a
 * pain location or a dermatome of {@code symptoms}. Regions are drawn on both legs; the case format
 * records the dermatome and the location without a side ({@code legPainSide} says the side), so
 * both legs' regions toggle the same checkbox. The drawing is schematic: the checkboxes are the
 * record, the map only helps to find them.
 */
public final class BodyMap {

  /** The SVG's coordinate box: two figures, front at x 100 and back at x 300. */
  public static final String VIEW_BOX = "0 0 400 390";

  public static final int FRONT = 100;
  public static final int BACK = 300;

  private BodyMap() {}

  /**
   * One clickable region.
   *
   * @param field the form name of the checkbox list it belongs to
   * @param value the checkbox's value
   * @param title what it is, for the tooltip
   * @param d the SVG path
   */
  public record Region(String field, String value, String title, String d) {

    /** The id of the checkbox the region toggles. */
    public String checkboxId() {
      return FormNames.optionId(field, value);
    }
  }

  /** The outline of one figure (decorative): head, trunk and both legs. */
  public static String outline(int cx) {
    return circle(cx, 28, 18)
        + rect(cx - 42, 50, 84, 100)
        + rect(cx - 42, 150, 38, 200)
        + rect(cx + 4, 150, 38, 200)
        + rect(cx - 42, 350, 38, 24)
        + rect(cx + 4, 350, 38, 24);
  }

  /** The regions of {@code symptoms.painLocations} ("widespread" is a checkbox only). */
  static List<Region> painRegions(String field) {
    List<Region> out = new ArrayList<>();
    // back view
    out.add(region(field, "low_back_midline", "low back, midline", rect(BACK - 6, 95, 12, 45)));
    out.add(
        region(field, "low_back_paraspinal", "low back, paraspinal", both(BACK, 9, 95, 22, 45)));
    out.add(region(field, "below_psis", "below the PSIS", both(BACK, 5, 142, 14, 14)));
    out.add(region(field, "buttock", "buttock", both(BACK, 20, 142, 22, 40)));
    out.add(region(field, "posterior_thigh", "back of the thigh", both(BACK, 8, 186, 30, 64)));
    out.add(region(field, "calf", "calf", both(BACK, 8, 256, 30, 90)));
    // front view
    out.add(region(field, "groin", "groin", both(FRONT, 5, 150, 14, 18)));
    out.add(region(field, "lateral_hip", "side of the hip", both(FRONT, 32, 132, 10, 40)));
    out.add(region(field, "anterior_thigh", "front of the thigh", both(FRONT, 8, 172, 22, 78)));
    out.add(region(field, "lateral_thigh", "side of the thigh", both(FRONT, 32, 176, 10, 74)));
    out.add(region(field, "shin", "shin", both(FRONT, 8, 256, 30, 90)));
    out.add(region(field, "foot", "foot", both(FRONT, 4, 352, 38, 22)));
    return out;
  }

  /** The regions of {@code symptoms.dermatomes}, one band per root on the legs. */
  static List<Region> dermatomeRegions(String field) {
    List<Region> out = new ArrayList<>();
    out.add(region(field, "L1", "L1 dermatome", both(FRONT, 4, 150, 38, 14)));
    out.add(region(field, "L2", "L2 dermatome", both(FRONT, 4, 166, 38, 40)));
    out.add(region(field, "L3", "L3 dermatome", both(FRONT, 4, 208, 38, 46)));
    out.add(region(field, "L4", "L4 dermatome", both(FRONT, 4, 256, 18, 92)));
    out.add(
        region(
            field,
            "L5",
            "L5 dermatome",
            both(FRONT, 24, 256, 18, 92) + both(FRONT, 4, 352, 38, 22)));
    out.add(
        region(
            field, "S1", "S1 dermatome", both(BACK, 4, 256, 38, 92) + both(BACK, 4, 352, 38, 22)));
    out.add(region(field, "S2", "S2 dermatome", both(BACK, 4, 150, 38, 104)));
    return out;
  }

  private static Region region(String field, String value, String title, String d) {
    return new Region(field, value, title, d);
  }

  /**
   * The same rectangle on both legs: {@code from} and {@code width} measured out from the midline.
   */
  private static String both(int cx, int from, int y, int width, int height) {
    return rect(cx - from - width, y, width, height) + rect(cx + from, y, width, height);
  }

  private static String rect(int x, int y, int w, int h) {
    return "M" + x + " " + y + "h" + w + "v" + h + "h" + -w + "Z";
  }

  private static String circle(int cx, int cy, int r) {
    return "M" + (cx - r) + " " + cy + "a" + r + " " + r + " 0 1 0 " + 2 * r + " 0a" + r + " " + r
        + " 0 1 0 " + -2 * r + " 0Z";
  }
}
