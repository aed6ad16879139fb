package dev.allocpath.sarif;

import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SARIF embedded links: a result message may say {@code [the redirect](1)} to point at its related
 * location with id 1. Viewers turn them into links; plain-text outputs and capped results must not
 * show links whose target is gone.
 */
public final class MessageLinks {
  // [text](id) where text may contain escaped brackets; ids are non-negative integers.
  private static final Pattern LINK =
      Pattern.compile("(?<!\\\\)\\[((?:[^\\]\\\\]|\\\\.)*)\\]\\((\\d{1,18})\\)");

  private MessageLinks() {}

  /** Replaces every location link by its text, e.g. for terminal output. */
  public static String toPlainText(String message) {
    return unescape(replace(message, id -> true));
  }

  /** Replaces the links to ids above {@code maxId} by their text; others stay links. */
  public static String dropLinksAbove(String message, int maxId) {
    return replace(message, id -> id > maxId);
  }

  private static String replace(String message, IntPredicate drop) {
    Matcher m = LINK.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      long id = Long.parseLong(m.group(2));
      boolean dropIt = drop.test(id > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) id);
      m.appendReplacement(out, Matcher.quoteReplacement(dropIt ? m.group(1) : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String unescape(String text) {
    return text.replace("\\[", "[").replace("\\]", "]");
  }
}
