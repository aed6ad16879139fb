package dev.allocpath.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A spelled C++ type name split into its template name and arguments, e.g.
 * {@code const std::array<std::mutex, 4>} gives base {@code std::array} and arguments
 * {@code std::mutex}, {@code 4}. Keywords that do not change identity ({@code const},
 * {@code volatile}, {@code typename}, {@code struct}, {@code class}, {@code mutable}) are dropped.
 */
public record TypeName(String base, List<String> arguments) {
  private static final Set<String> NOISE =
      Set.of("const", "volatile", "typename", "struct", "class", "union", "enum", "mutable",
          "static", "inline", "constexpr", "thread_local", "extern", "register");

  public TypeName {
    arguments = List.copyOf(arguments);
  }

  /**
   * Parsed spellings. The rules parse the same member and argument types again for every class,
   * unit and template binding that mentions them (tens of MB of garbage per scan at the reference
   * size); a project has a few thousand distinct spellings. Cleared when it grows past a bound, so
   * a huge project cannot make it grow without limit.
   */
  private static final ConcurrentHashMap<String, TypeName> PARSED = new ConcurrentHashMap<>();
  private static final int MAX_PARSED = 50_000;

  public static TypeName parse(String spelled) {
    TypeName known = PARSED.get(spelled);
    if (known != null) {
      return known;
    }
    TypeName parsed = parseNow(spelled);
    if (PARSED.size() >= MAX_PARSED) {
      PARSED.clear();
    }
    PARSED.put(spelled, parsed);
    return parsed;
  }

  private static TypeName parseNow(String spelled) {
    if (spelled.contains("(anonymous")) {
      // The extractor's name for an unnamed class; it is an identity, not C++ to be parsed.
      return new TypeName(spelled.trim(), List.of());
    }
    String text = stripNoise(spelled.trim());
    if (text.startsWith("::")) {
      text = text.substring(2);
    }
    int open = text.indexOf('<');
    if (open < 0) {
      return new TypeName(text.trim(), List.of());
    }
    int close = matchingClose(text, open);
    String base = text.substring(0, open).trim();
    String inner = close < 0 ? text.substring(open + 1) : text.substring(open + 1, close);
    String rest = close < 0 ? "" : text.substring(close + 1).trim();
    if (rest.startsWith("::")) {
      // A member of a template specialisation (Outer<T>::Inner): we name it by its full text.
      return new TypeName(base + "<" + inner + ">" + rest, List.of());
    }
    return new TypeName(base, splitArguments(inner));
  }

  /** The last name segment: {@code mutex} for {@code std::mutex}. */
  public String simpleName() {
    int cut = base.lastIndexOf("::");
    return cut < 0 ? base : base.substring(cut + 2);
  }

  private static String stripNoise(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (!NOISE.contains(word)) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(word);
      }
    }
    return out.toString();
  }

  private static int matchingClose(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '<' || c == '(' || c == '[') {
        depth++;
      } else if (c == '>' || c == ')' || c == ']') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /** Splits template arguments on top-level commas. */
  public static List<String> splitArguments(String inner) {
    List<String> args = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '<' || c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == '>' || c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        addArgument(args, inner.substring(start, i));
        start = i + 1;
      }
    }
    addArgument(args, inner.substring(start));
    return args;
  }

  private static void addArgument(List<String> args, String raw) {
    String arg = raw.trim();
    if (!arg.isEmpty()) {
      args.add(arg);
    }
  }
}
