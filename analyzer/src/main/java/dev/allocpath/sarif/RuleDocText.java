package dev.allocpath.sarif;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The texts SARIF consumers show for a rule, derived from its id, summary and Markdown doc, so
 * that nothing about a rule is written twice. GitHub caps descriptions at 1024 characters and
 * shows {@code help.markdown} when present; {@code help.text} is for consumers without Markdown.
 */
public final class RuleDocText {
  /** GitHub's limit for {@code shortDescription} and {@code fullDescription}. */
  public static final int MAX_DESCRIPTION = 1024;

  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)");
  private static final Pattern BOLD = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*");
  private static final Pattern ITALIC = Pattern.compile("(?<![\\w*])\\*(\\S(?:.*?\\S)?)\\*(?![\\w*])");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");

  private RuleDocText() {}

  /** {@code esp-mutex-member} becomes {@code EspMutexMember}. */
  public static String upperCamelName(String id) {
    StringBuilder name = new StringBuilder();
    for (String part : id.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    return name.toString();
  }

  /**
   * The first prose paragraph of the doc (headings skipped) as plain text, at most
   * {@link #MAX_DESCRIPTION} characters; the summary when the doc has no prose.
   */
  public static String fullDescription(String markdown, String summary) {
    List<String> paragraph = new ArrayList<>();
    boolean inFence = false;
    for (String line : lines(markdown)) {
      String trimmed = line.strip();
      if (trimmed.startsWith("```")) {
        if (!paragraph.isEmpty()) {
          break;
        }
        inFence = !inFence;
        continue;
      }
      if (inFence || HEADING.matcher(trimmed).find()) {
        if (!paragraph.isEmpty()) {
          break;
        }
        continue;
      }
      if (trimmed.isEmpty()) {
        if (!paragraph.isEmpty()) {
          break;
        }
        continue;
      }
      paragraph.add(trimmed);
    }
    String text = inline(String.join(" ", paragraph)).strip();
    return truncate(text.isEmpty() ? summary : text, MAX_DESCRIPTION);
  }

  /**
   * The doc without Markdown syntax: headings lose their {@code #}, code fences disappear (their
   * content stays, indented), inline code, emphasis and links become plain words.
   */
  public static String plainText(String markdown) {
    StringBuilder out = new StringBuilder();
    boolean inFence = false;
    for (String line : lines(markdown)) {
      if (line.strip().startsWith("```")) {
        inFence = !inFence;
        continue;
      }
      if (inFence) {
        out.append("    ").append(line);
      } else {
        out.append(inline(HEADING.matcher(line).replaceFirst("")));
      }
      out.append('\n');
    }
    return out.toString().strip();
  }

  /** Cuts at the last sentence (or else word) boundary that fits, marking the cut with "...". */
  public static String truncate(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    String head = text.substring(0, max - 3);
    int sentence = Math.max(head.lastIndexOf(". "), head.lastIndexOf(".\n"));
    if (sentence > max / 2) {
      return head.substring(0, sentence + 1);
    }
    int word = head.lastIndexOf(' ');
    return (word > max / 2 ? head.substring(0, word) : head).stripTrailing() + "...";
  }

  private static String inline(String text) {
    String t = IMAGE.matcher(text).replaceAll("$1");
    t = LINK.matcher(t).replaceAll("$1 ($2)");
    t = BOLD.matcher(t).replaceAll("$1");
    t = ITALIC.matcher(t).replaceAll("$1");
    return t.replace("`", "");
  }

  private static String[] lines(String markdown) {
    return markdown == null ? new String[0] : markdown.replace("\r\n", "\n").split("\n", -1);
  }
}
