package dev.allocpath.report;

import static dev.allocpath.report.Html.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal stacked bar chart as inline SVG: one row per item, one coloured segment per part,
 * a label on the left and the total on the right, with a light scale behind. Self-contained (no
 * script, no external font or stylesheet); colours come from the page's CSS classes.
 */
final class SvgBarChart {
  /** A part of each bar: its legend text and the CSS class that colours it. */
  record Part(String legend, String cssClass) {}

  private record Row(String label, String valueText, long[] values) {}

  private static final int WIDTH = 920;
  private static final int ROW_HEIGHT = 26;
  private static final int BAR_HEIGHT = 16;
  private static final int TOP = 28;
  private static final int VALUE_WIDTH = 96;
  private static final double CHAR_WIDTH = 7.0;

  private final String id;
  private final String title;
  private final List<Part> parts;
  private final List<Row> rows = new ArrayList<>();

  SvgBarChart(String id, String title, List<Part> parts) {
    this.id = id;
    this.title = title;
    this.parts = List.copyOf(parts);
  }

  /** A row: {@code values} in the order of the parts (negative values count as zero). */
  SvgBarChart row(String label, String valueText, long... values) {
    rows.add(new Row(label, valueText, values.clone()));
    return this;
  }

  String render() {
    int labelWidth = (int) Math.min(360, Math.max(120,
        rows.stream().mapToInt(r -> r.label().length()).max().orElse(0) * CHAR_WIDTH + 16));
    int barWidth = WIDTH - labelWidth - VALUE_WIDTH;
    long max = niceMax(rows.stream().mapToLong(SvgBarChart::total).max().orElse(0));
    int height = TOP + rows.size() * ROW_HEIGHT + 8;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg id=\"").append(escape(id)).append("\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\"")
        .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH)
        .append("\" height=\"").append(height).append("\" role=\"img\" aria-labelledby=\"").append(escape(id))
        .append("-title\">\n");
    svg.append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>\n");
    for (int i = 0; i <= 4; i++) {
      double x = labelWidth + barWidth * i / 4.0;
      svg.append("<line class=\"grid\" x1=\"").append(fmt(x)).append("\" y1=\"").append(TOP - 6)
          .append("\" x2=\"").append(fmt(x)).append("\" y2=\"").append(height - 6).append("\"/>")
          .append("<text class=\"tick\" x=\"").append(fmt(x)).append("\" y=\"").append(TOP - 12)
          .append("\" text-anchor=\"middle\">").append(Html.number(max * i / 4)).append("</text>\n");
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = rows.get(r);
      int y = TOP + r * ROW_HEIGHT;
      svg.append("<g class=\"row\" data-name=\"").append(escape(row.label())).append("\">");
      svg.append("<text class=\"label\" x=\"").append(labelWidth - 8).append("\" y=\"").append(y + BAR_HEIGHT - 3)
          .append("\" text-anchor=\"end\">").append(escape(row.label())).append("</text>");
      double x = labelWidth;
      for (int p = 0; p < parts.size() && p < row.values().length; p++) {
        long value = Math.max(0, row.values()[p]);
        if (value == 0) {
          continue;
        }
        double w = max == 0 ? 0 : barWidth * (double) value / max;
        svg.append("<rect class=\"bar ").append(escape(parts.get(p).cssClass())).append("\" x=\"").append(fmt(x))
            .append("\" y=\"").append(y).append("\" width=\"").append(fmt(Math.max(w, 1)))
            .append("\" height=\"").append(BAR_HEIGHT).append("\" data-value=\"").append(value).append("\">")
            .append("<title>").append(escape(row.label() + ": " + parts.get(p).legend() + " " + Html.number(value)))
            .append("</title></rect>");
        x += w;
      }
      svg.append("<text class=\"value\" x=\"").append(fmt(x + 6)).append("\" y=\"").append(y + BAR_HEIGHT - 3)
          .append("\">").append(escape(row.valueText())).append("</text>");
      svg.append("</g>\n");
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  /** The legend: one swatch per part. */
  String legend() {
    StringBuilder html = new StringBuilder("<p class=\"legend\">");
    for (Part part : parts) {
      html.append("<span><i class=\"swatch ").append(escape(part.cssClass())).append("\"></i>")
          .append(escape(part.legend())).append("</span>");
    }
    return html.append("</p>\n").toString();
  }

  private static long total(Row row) {
    long sum = 0;
    for (long v : row.values()) {
      sum += Math.max(0, v);
    }
    return sum;
  }

  /** The scale's end: the smallest 1, 2 or 5 times a power of ten at or above the largest bar. */
  static long niceMax(long value) {
    if (value <= 0) {
      return 0;
    }
    long power = 1;
    while (power * 10 <= value) {
      power *= 10;
    }
    for (long step : new long[] {1, 2, 5, 10}) {
      if (step * power >= value) {
        return step * power;
      }
    }
    return 10 * power;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
