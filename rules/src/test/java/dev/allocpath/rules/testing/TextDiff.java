package dev.allocpath.rules.testing;

/** The first line where two texts differ, for golden-file failure messages. */
public final class TextDiff {
  private TextDiff() {}

  public static String firstDifference(String expected, String actual) {
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    for (int i = 0; i < Math.max(want.length, got.length); i++) {
      String w = i < want.length ? want[i] : "<end of file>";
      String g = i < got.length ? got[i] : "<end of file>";
      if (!w.equals(g)) {
        return "\nfirst difference at line " + (i + 1) + ":\n  golden: " + w + "\n  actual: " + g;
      }
    }
    return "";
  }
}
