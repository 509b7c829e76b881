package org.reassess.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class RectSvgDrawerTest {

  @Test
  void readsTheRectanglesOfTheReportsBars() throws Exception {
    Element svg =
        svg(
            "<title>bar</title><rect x=\"0\" y=\"0\" width=\"100\" height=\"7\" fill=\"#e5e7eb\"/>"
                + "<rect x=\"1.5\" y=\"0\" width=\"27.9\" height=\"7\" fill=\"#1D4ED8\"/>"
                + "<rect width=\"3\" height=\"7\" fill=\"none\"/>");

    assertThat(RectSvgDrawer.rects(svg))
        .containsExactly(
            new RectSvgDrawer.Rect(0, 0, 100, 7, new Color(0xe5e7eb)),
            new RectSvgDrawer.Rect(1.5, 0, 27.9, 7, new Color(0x1d4ed8)));
  }

  @Test
  void refusesShapesItCannotDrawRatherThanDroppingThem() throws Exception {
    Element svg = svg("<circle r=\"3\" fill=\"#000\"/>");

    assertThatThrownBy(() -> RectSvgDrawer.rects(svg))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("<circle>");
  }

  @Test
  void readsShortAndLongHexColoursOnly() {
    assertThat(RectSvgDrawer.colour("#fff")).isEqualTo(Color.WHITE);
    assertThat(RectSvgDrawer.colour(" #111827 ")).isEqualTo(new Color(0x111827));
    assertThat(RectSvgDrawer.colour("none")).isNull();
    assertThatThrownBy(() -> RectSvgDrawer.colour("red")).isInstanceOf(IllegalStateException.class);
  }

  private static Element svg(String content) throws Exception {
    return HtmlReportTest.xml(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 7\">" + content + "</svg>")
        .getDocumentElement();
  }
}
