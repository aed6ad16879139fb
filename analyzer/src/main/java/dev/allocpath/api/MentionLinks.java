package dev.allocpath.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the words of a message that name a related location into SARIF embedded links,
 * {@code [words](id)}. Each mention links its first whole-word occurrence that no earlier link
 * took; a mention the message does not contain stays unlinked. Brackets in the
 * linked words are escaped, as SARIF's link syntax requires.
 */
final class MentionLinks {
  private record Span(int start, int end, int id) {}

  private MentionLinks() {}

  static String link(String message, Map<Integer, String> mentions) {
    if (mentions.isEmpty()) {
      return message;
    }
    List<Span> spans = new ArrayList<>();
    mentions.forEach((id, mention) -> find(message, mention, spans).ifPresent(at ->
        spans.add(new Span(at, at + mention.length(), id))));
    spans.sort((a, b) -> Integer.compare(a.start, b.start));
    StringBuilder out = new StringBuilder(message.length() + spans.size() * 6);
    int done = 0;
    for (Span span : spans) {
      out.append(message, done, span.start).append('[')
          .append(escape(message.substring(span.start, span.end))).append("](").append(span.id).append(')');
      done = span.end;
    }
    return out.append(message.substring(done)).toString();
  }

  private static java.util.Optional<Integer> find(String message, String mention, List<Span> taken) {
    if (mention == null || mention.isEmpty()) {
      return java.util.Optional.empty();
    }
    for (int at = message.indexOf(mention); at >= 0; at = message.indexOf(mention, at + 1)) {
      int end = at + mention.length();
      int start = at;
      boolean whole = (start == 0 || !wordChar(message.charAt(start - 1)) || !wordChar(mention.charAt(0)))
          && (end == message.length() || !wordChar(message.charAt(end)) || !wordChar(mention.charAt(mention.length() - 1)));
      boolean free = taken.stream().noneMatch(s -> start < s.end && s.start < end);
      if (whole && free) {
        return java.util.Optional.of(start);
      }
    }
    return java.util.Optional.empty();
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static String escape(String text) {
    return text.replace("[", "\\[").replace("]", "\\]");
  }
}
