package dev.allocpath.kconfig;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the project's own {@code Kconfig} and {@code Kconfig.projbuild} files: enough of the
 * language to know each option's type, its defaults and when it is visible.
 *
 * <p>Read: {@code config}, {@code menuconfig}, {@code choice}/{@code endchoice}, {@code menu}/
 * {@code endmenu}, {@code if}/{@code endif}, the types {@code bool tristate int hex string},
 * {@code def_bool}/{@code def_tristate}/{@code def_int}/{@code def_hex}/{@code def_string},
 * {@code default X [if C]}, {@code depends on}, {@code help} text (skipped), line continuations,
 * and {@code rsource}/{@code orsource} of files next to the reading one (through the loader).
 *
 * <p>Not evaluated (and why it is acceptable for defaults): {@code select} and {@code imply}
 * (they force other options on; a value they force is missed), {@code range} (sdkconfig values
 * are taken as written), {@code visible if} and prompts (visibility of the prompt, not of the
 * value), {@code option env=}/{@code $(VAR)} macros, and {@code source} of files outside the
 * project ({@code $IDF_PATH/...}): those are listed as problems once per file.
 */
public final class KconfigReader {
  /** Files nested deeper than this through {@code rsource} are not read. */
  static final int MAX_SOURCE_DEPTH = 8;

  /** Finds a file an {@code rsource} names, relative to the file that names it. */
  public interface Loader {
    /** @return the file's project-relative name and text, or empty when it is not there */
    Optional<Source> load(String fromDisplay, String relativePath);
  }

  /** A Kconfig file: its project-relative name and its text. */
  public record Source(String display, String text) {}

  /** Something not read, with where. */
  public record Problem(String path, int line, String message) {}

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern QUOTED = Pattern.compile("^\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final Map<String, KconfigSymbol> symbols = new LinkedHashMap<>();
  private final List<KconfigChoice> choices = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Loader loader;
  private int anonymousChoices;

  private KconfigReader(Loader loader) {
    this.loader = loader;
  }

  /** What a set of Kconfig files declares. */
  public record Definitions(Map<String, KconfigSymbol> symbols, List<KconfigChoice> choices, List<Problem> problems) {
    public static Definitions empty() {
      return new Definitions(Map.of(), List.of(), List.of());
    }
  }

  /** Reads the files in order (ESP-IDF reads components sorted by name). */
  public static Definitions read(List<Source> files, Loader loader) {
    KconfigReader reader = new KconfigReader(loader);
    for (Source file : files) {
      reader.readFile(file, 0);
    }
    return new Definitions(
        java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reader.symbols)),
        List.copyOf(reader.choices), List.copyOf(reader.problems));
  }

  /** One open block: a menu, an if or a choice, with the condition it adds. */
  private record Block(String kind, KconfigExpression condition) {}

  /** The entry whose attribute lines are being read. */
  private static final class Entry {
    String name;
    String type;
    final List<KconfigSymbol.Default> defaults = new ArrayList<>();
    KconfigExpression dependsOn = KconfigExpression.TRUE;
    String choice;
    String origin;
    boolean isChoice;
    boolean isMenu;
    final List<String> members = new ArrayList<>();
  }

  private void readFile(Source file, int depth) {
    String[] lines = LINE_BREAK.split(file.text(), -1);
    Deque<Block> blocks = new ArrayDeque<>();
    Deque<Entry> openChoices = new ArrayDeque<>();
    Entry entry = null;
    Entry pendingMenu = null;
    int helpIndent = -1;
    boolean inHelp = false;
    for (int i = 0; i < lines.length; i++) {
      int lineNumber = i + 1;
      String raw = lines[i];
      if (inHelp) {
        int indent = indentation(raw);
        if (raw.isBlank()) {
          continue;
        }
        if (helpIndent < 0) {
          helpIndent = indent;
        }
        if (indent >= helpIndent && indent > 0) {
          continue;
        }
        inHelp = false;
      }
      StringBuilder joined = new StringBuilder(raw);
      while (joined.toString().endsWith("\\") && i + 1 < lines.length) {
        joined.setLength(joined.length() - 1);
        joined.append(' ').append(lines[++i]);
      }
      String line = stripComment(joined.toString()).strip();
      if (line.isEmpty()) {
        continue;
      }
      String keyword = WHITESPACE.split(line, 2)[0];
      String rest = line.substring(keyword.length()).strip();
      String where = file.display() + ":" + lineNumber;
      switch (keyword) {
        case "config", "menuconfig" -> {
          finish(entry, blocks);
          entry = new Entry();
          entry.name = rest;
          entry.origin = where;
          entry.choice = openChoices.isEmpty() ? null : openChoices.peek().name;
          if (!openChoices.isEmpty()) {
            openChoices.peek().members.add(rest);
          }
          pendingMenu = null;
        }
        case "choice" -> {
          finish(entry, blocks);
          entry = new Entry();
          entry.isChoice = true;
          entry.name = rest.isEmpty() ? "<choice " + (++anonymousChoices) + ">" : rest;
          entry.origin = where;
          openChoices.push(entry);
          pendingMenu = null;
        }
        case "endchoice" -> {
          finish(entry, blocks);
          entry = null;
          if (openChoices.isEmpty()) {
            problems.add(new Problem(file.display(), lineNumber, "'endchoice' without 'choice'"));
          } else {
            Entry choice = openChoices.pop();
            choices.add(new KconfigChoice(choice.name, choice.members, choice.defaults,
                choice.dependsOn.and(enclosing(blocks)), choice.origin));
          }
        }
        case "menu" -> {
          finish(entry, blocks);
          entry = null;
          pendingMenu = new Entry();
          pendingMenu.isMenu = true;
          blocks.push(new Block("menu", KconfigExpression.TRUE));
        }
        case "endmenu" -> {
          finish(entry, blocks);
          entry = null;
          pendingMenu = null;
          pop(blocks, "menu", file, lineNumber);
        }
        case "if" -> {
          finish(entry, blocks);
          entry = null;
          pendingMenu = null;
          blocks.push(new Block("if", condition(rest, file, lineNumber)));
        }
        case "endif" -> {
          finish(entry, blocks);
          entry = null;
          pop(blocks, "if", file, lineNumber);
        }
        case "bool", "tristate", "int", "hex", "string" -> {
          if (entry != null) {
            entry.type = keyword;
          }
        }
        case "def_bool", "def_tristate", "def_int", "def_hex", "def_string" -> {
          if (entry != null) {
            entry.type = keyword.substring(4);
            addDefault(entry, rest, file, lineNumber);
          }
        }
        case "default" -> {
          if (entry != null) {
            addDefault(entry, rest, file, lineNumber);
          }
        }
        case "depends" -> {
          String condition = rest.startsWith("on") ? rest.substring(2) : rest;
          KconfigExpression expression = condition(condition, file, lineNumber);
          if (entry != null) {
            entry.dependsOn = entry.dependsOn.and(expression);
          } else if (pendingMenu != null && !blocks.isEmpty() && blocks.peek().kind().equals("menu")) {
            blocks.pop();
            blocks.push(new Block("menu", expression));
          }
        }
        case "help", "---help---" -> {
          inHelp = true;
          helpIndent = -1;
        }
        case "source", "osource", "rsource", "orsource" -> {
          finish(entry, blocks);
          entry = null;
          source(keyword, rest, file, lineNumber, depth);
        }
        case "prompt", "range", "select", "imply", "visible", "option", "comment", "mainmenu", "optional",
            "modules", "transitional", "warning" -> {
          // Not evaluated; see the class comment.
        }
        default -> {
          if (!keyword.startsWith("\"")) {
            problems.add(new Problem(file.display(), lineNumber, "unknown Kconfig keyword '" + shorten(keyword)
                + "'; line ignored"));
          }
        }
      }
    }
    finish(entry, blocks);
    if (!openChoices.isEmpty() || !blocks.isEmpty()) {
      problems.add(new Problem(file.display(), lines.length, "unclosed menu, if or choice at the end of the file"));
    }
  }

  private void source(String keyword, String rest, Source file, int lineNumber, int depth) {
    Matcher quoted = QUOTED.matcher(rest);
    String path = quoted.find() ? quoted.group(1) : rest;
    boolean optional = keyword.startsWith("o");
    boolean relative = keyword.contains("rsource");
    if (!relative || path.contains("$")) {
      problems.add(new Problem(file.display(), lineNumber, keyword + " \"" + shorten(path)
          + "\" not read (only rsource of project files is followed)"));
      return;
    }
    if (depth >= MAX_SOURCE_DEPTH) {
      problems.add(new Problem(file.display(), lineNumber, "rsource nested more than " + MAX_SOURCE_DEPTH
          + " deep; not read"));
      return;
    }
    Optional<Source> loaded = loader.load(file.display(), path);
    if (loaded.isPresent()) {
      readFile(loaded.get(), depth + 1);
    } else if (!optional) {
      problems.add(new Problem(file.display(), lineNumber, "rsource \"" + shorten(path) + "\" not found"));
    }
  }

  private KconfigExpression condition(String text, Source file, int lineNumber) {
    KconfigExpression expression = KconfigExpression.parse(text);
    if (expression.error() != null) {
      problems.add(new Problem(file.display(), lineNumber, "condition '" + shorten(text.strip())
          + "' not understood (" + expression.error() + "); taken as false"));
    }
    return expression;
  }

  private void addDefault(Entry entry, String rest, Source file, int lineNumber) {
    String value = rest;
    KconfigExpression condition = KconfigExpression.TRUE;
    int at = ifPosition(rest);
    if (at >= 0) {
      value = rest.substring(0, at).strip();
      condition = condition(rest.substring(at + 3), file, lineNumber);
    }
    entry.defaults.add(new KconfigSymbol.Default(value, condition, file.display() + ":" + lineNumber));
  }

  /** Where {@code " if "} starts outside quotes, or -1. */
  private static int ifPosition(String text) {
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && text.startsWith(" if ", i)) {
        return i;
      } else if (!quoted && c == '\\') {
        i++;
      }
    }
    return -1;
  }

  private void finish(Entry entry, Deque<Block> blocks) {
    if (entry == null || entry.isChoice || entry.isMenu) {
      return;
    }
    KconfigExpression visible = entry.dependsOn.and(enclosing(blocks));
    String type = entry.type == null ? "bool" : entry.type;
    KconfigSymbol previous = symbols.get(entry.name);
    if (previous == null) {
      symbols.put(entry.name, new KconfigSymbol(entry.name, type, conditioned(entry.defaults, visible), visible,
          entry.choice, entry.origin));
    } else {
      // A symbol declared twice: each definition's defaults apply under its own dependencies.
      List<KconfigSymbol.Default> defaults = new ArrayList<>(previous.defaults());
      defaults.addAll(conditioned(entry.defaults, visible));
      symbols.put(entry.name, new KconfigSymbol(entry.name, entry.type == null ? previous.type() : type, defaults,
          previous.dependsOn().or(visible), previous.choice() != null ? previous.choice() : entry.choice,
          previous.origin()));
    }
  }

  /** Defaults that apply only where their definition is visible. */
  private static List<KconfigSymbol.Default> conditioned(List<KconfigSymbol.Default> defaults, KconfigExpression visible) {
    List<KconfigSymbol.Default> out = new ArrayList<>();
    for (KconfigSymbol.Default d : defaults) {
      out.add(new KconfigSymbol.Default(d.value(), d.condition().and(visible), d.origin()));
    }
    return out;
  }

  private static KconfigExpression enclosing(Deque<Block> blocks) {
    KconfigExpression all = KconfigExpression.TRUE;
    for (Block block : blocks) {
      all = all.and(block.condition());
    }
    return all;
  }

  private void pop(Deque<Block> blocks, String kind, Source file, int lineNumber) {
    if (blocks.isEmpty() || !blocks.peek().kind().equals(kind)) {
      problems.add(new Problem(file.display(), lineNumber, "'end" + kind + "' without '" + kind + "'"));
      return;
    }
    blocks.pop();
  }

  private static int indentation(String line) {
    int width = 0;
    for (char c : line.toCharArray()) {
      if (c == ' ') {
        width++;
      } else if (c == '\t') {
        width = (width / 8 + 1) * 8;
      } else {
        break;
      }
    }
    return width;
  }

  private static String stripComment(String line) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == '#' && !quoted) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  static String shorten(String text) {
    String clean = text.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 60 ? clean.substring(0, 60) + "..." : clean;
  }
}
