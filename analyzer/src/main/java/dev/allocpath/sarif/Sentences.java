package dev.allocpath.sarif;

/**
 * GitHub shows only the first sentence of a message when space is short, and SARIF asks for
 * messages that are complete sentences: make sure the text ends like one.
 */
final class Sentences {
  private Sentences() {}

  static String terminate(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return "No message.";
    }
    char last = t.charAt(t.length() - 1);
    return last == '.' || last == '!' || last == '?' ? t : t + ".";
  }
}
