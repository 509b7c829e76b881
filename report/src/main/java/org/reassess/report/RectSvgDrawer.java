package org.reassess.report;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Draws the report's inline SVG charts into the PDF: filled {@code <rect>}s in a {@code viewBox},
 * which is all the templates use (a bar, its track, a tick). Everything else in an SVG ({@code
 * <title>}, say) is for browsers and screen readers and is not drawn.
 *
 * <p>Why not openhtmltopdf's Batik-based SVG support: it would bring Apache Batik and its XML stack
 * into the runnable jar for three rectangles per chart row. An SVG element this drawer cannot draw
 * faithfully (another shape, a colour it cannot read) fails the rendering rather than printing a
 * chart that differs from the HTML one; the PDF tests render every template path.
 */
final class RectSvgDrawer implements SVGDrawer {

  @Override
  public SVGImage buildSVGImage(
      Element svg,
      Box box,
      CssContext css,
      double cssWidth,
      double cssHeight,
      double dotsPerPixel) {
    double width = cssWidth >= 0 ? cssWidth / dotsPerPixel : length(svg, "width");
    double height = cssHeight >= 0 ? cssHeight / dotsPerPixel : length(svg, "height");
    double[] viewBox = viewBox(svg, width, height);
    return new RectImage(width, height, dotsPerPixel, viewBox, rects(svg));
  }

  @Override
  public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
    // the charts have no text to draw
  }

  @Override
  public void addFontFile(File fontFile, String family, Integer weight, FontStyle style) {
    // the charts have no text to draw
  }

  @Override
  public void close() {
    // holds nothing
  }

  /** A filled rectangle in the SVG's user units. */
  record Rect(double x, double y, double width, double height, Color fill) {}

  static List<Rect> rects(Element svg) {
    List<Rect> rects = new ArrayList<>();
    for (Node n = svg.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element child)) {
        continue;
      }
      String name = child.getLocalName() == null ? child.getNodeName() : child.getLocalName();
      switch (name) {
        case "title", "desc" -> {
          // words for screen readers; nothing to draw
        }
        case "rect" -> {
          Color fill = colour(child.getAttribute("fill"));
          if (fill != null) {
            rects.add(
                new Rect(
                    number(child, "x", 0),
                    number(child, "y", 0),
                    number(child, "width", -1),
                    number(child, "height", -1),
                    fill));
          }
        }
        default ->
            throw new IllegalStateException(
                "the PDF chart drawer draws <rect> only; the template has <" + name + ">");
      }
    }
    return List.copyOf(rects);
  }

  /** {@code #rgb} or {@code #rrggbb}; {@code none} draws nothing. */
  static @Nullable Color colour(String spec) {
    String s = spec.trim().toLowerCase(Locale.ROOT);
    if (s.equals("none")) {
      return null;
    }
    if (s.matches("#[0-9a-f]{6}")) {
      return new Color(Integer.parseInt(s.substring(1), 16));
    }
    if (s.matches("#[0-9a-f]{3}")) {
      int r = Character.digit(s.charAt(1), 16);
      int g = Character.digit(s.charAt(2), 16);
      int b = Character.digit(s.charAt(3), 16);
      return new Color(r * 17, g * 17, b * 17);
    }
    throw new IllegalStateException(
        "the PDF chart drawer reads fill=\"#rrggbb\" only; the template has fill=\"" + spec + "\"");
  }

  private static double number(Element e, String attribute, double absent) {
    String value = e.getAttribute(attribute).trim();
    if (value.isEmpty()) {
      if (absent < 0) {
        throw new IllegalStateException("<rect> without " + attribute);
      }
      return absent;
    }
    return Double.parseDouble(value);
  }

  /**
   * The root's width or height in pixels, as the template writes it ({@code 200} or {@code 200px}).
   */
  private static double length(Element svg, String attribute) {
    String value = svg.getAttribute(attribute).trim().replaceFirst("px$", "");
    if (value.isEmpty()) {
      throw new IllegalStateException("an inline chart needs a CSS or attribute " + attribute);
    }
    return Double.parseDouble(value);
  }

  private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

  /** {@code viewBox="minX minY width height"}, or the drawing's own size without one. */
  private static double[] viewBox(Element svg, double width, double height) {
    String value = svg.getAttribute("viewBox").trim();
    if (value.isEmpty()) {
      return new double[] {0, 0, width, height};
    }
    String[] parts = SEPARATORS.split(value, -1);
    if (parts.length != 4) {
      throw new IllegalStateException("viewBox needs four numbers: " + value);
    }
    double[] box = new double[4];
    for (int i = 0; i < 4; i++) {
      box[i] = Double.parseDouble(parts[i]);
    }
    return box;
  }

  /**
   * The chart at its laid-out size. The viewBox is stretched to fill it ({@code
   * preserveAspectRatio="none"}, as the templates ask), so the bars keep their proportions to the
   * track whatever size CSS gives the chart.
   */
  private static final class RectImage implements SVGImage {
    private final double width;
    private final double height;
    private final double dotsPerPixel;
    private final double[] viewBox;
    private final List<Rect> rects;

    RectImage(
        double width, double height, double dotsPerPixel, double[] viewBox, List<Rect> rects) {
      this.width = width;
      this.height = height;
      this.dotsPerPixel = dotsPerPixel;
      this.viewBox = viewBox.clone();
      this.rects = rects;
    }

    @Override
    public int getIntrinsicWidth() {
      return (int) Math.round(width * dotsPerPixel);
    }

    @Override
    public int getIntrinsicHeight() {
      return (int) Math.round(height * dotsPerPixel);
    }

    @Override
    public void drawSVG(OutputDevice device, RenderingContext ctx, double x, double y) {
      device.drawWithGraphics(
          (float) x,
          (float) y,
          (float) width,
          (float) height,
          g -> {
            g.scale(width / viewBox[2], height / viewBox[3]);
            g.translate(-viewBox[0], -viewBox[1]);
            for (Rect r : rects) {
              g.setColor(r.fill());
              g.fill(new Rectangle2D.Double(r.x(), r.y(), r.width(), r.height()));
            }
          });
    }
  }
}
