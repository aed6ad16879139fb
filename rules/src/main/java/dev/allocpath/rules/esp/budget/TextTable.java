package dev.allocpath.rules.esp.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plain-text table with aligned columns: text left-aligned, numbers right-aligned, two spaces
 * between columns, no trailing spaces. Rows never start with a space, since the text report
 * trims each summary line.
 */
final class TextTable {
  private final List<Boolean> rightAligned = new ArrayList<>();
  private final List<String> header = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();

  TextTable left(String title) {
    header.add(title);
    rightAligned.add(false);
    return this;
  }

  TextTable right(String title) {
    header.add(title);
    rightAligned.add(true);
    return this;
  }

  TextTable row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(cell instanceof Long || cell instanceof Integer ? number(((Number) cell).longValue()) : String.valueOf(cell));
    }
    rows.add(row);
    return this;
  }

  List<String> lines() {
    int[] widths = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      for (int i = 0; i < row.size() && i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        String cell = i < row.size() ? row.get(i) : "";
        String pad = " ".repeat(widths[i] - cell.length());
        if (i > 0) {
          line.append("  ");
        }
        line.append(rightAligned.get(i) && i > 0 ? pad + cell : cell + pad);
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  /** Thousands separators that do not depend on the user's locale: 8,628. */
  static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
