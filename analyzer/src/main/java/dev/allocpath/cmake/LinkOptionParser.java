package dev.allocpath.cmake;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds symbol wraps in link options: {@code -Wl,--wrap=SYM}, {@code -Wl,--wrap,SYM},
 * {@code -Wl,--wrap -Wl,SYM}, {@code LINKER:--wrap=SYM}, {@code LINKER:--wrap,SYM},
 * {@code -Xlinker --wrap=SYM}, {@code --wrap SYM}, {@code --wrap=SYM} (and ld's single-dash
 * {@code -wrap}). Items that take no part in a wrap are kept as they are.
 */
final class LinkOptionParser {
  private LinkOptionParser() {}

  /** A word the linker sees, and the option item it came from. */
  private record Word(String text, int item) {}

  static List<Flag> parse(List<String> raw, Consumer<String> unsupported) {
    List<OptionItems.Item> items = OptionItems.prepare(raw, unsupported);
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String s = items.get(i).text();
      if (s.startsWith("-Wl,")) {
        splitCommas(s.substring(4), i, words);
      } else if (s.startsWith("LINKER:")) {
        String rest = s.substring("LINKER:".length());
        if (rest.startsWith("SHELL:")) {
          for (String w : ShellWords.split(rest.substring("SHELL:".length()))) {
            words.add(new Word(w, i));
          }
        } else {
          splitCommas(rest, i, words);
        }
      } else if (s.equals("-Xlinker") && i + 1 < items.size()) {
        words.add(new Word(items.get(i + 1).text(), i + 1));
        i++;
      } else {
        words.add(new Word(s, i));
      }
    }
    List<Flag> out = new ArrayList<>();
    BitSet usedItems = new BitSet();
    for (int w = 0; w < words.size(); w++) {
      String text = words.get(w).text();
      if (text.startsWith("--wrap=") || text.startsWith("-wrap=")) {
        addWrap(text.substring(text.indexOf('=') + 1), out);
        usedItems.set(words.get(w).item());
      } else if ((text.equals("--wrap") || text.equals("-wrap")) && w + 1 < words.size()) {
        addWrap(words.get(w + 1).text(), out);
        usedItems.set(words.get(w).item());
        usedItems.set(words.get(w + 1).item());
        w++;
      }
    }
    for (int i = 0; i < items.size(); i++) {
      boolean xlinker = items.get(i).text().equals("-Xlinker");
      boolean partOfWrap = usedItems.get(i) || (xlinker && usedItems.get(i + 1));
      if (!partOfWrap) {
        out.add(new Flag.Other(items.get(i).text()));
      }
    }
    return out;
  }

  private static void addWrap(String symbol, List<Flag> out) {
    String trimmed = symbol.trim();
    if (!trimmed.isEmpty()) {
      out.add(new Flag.Wrap(trimmed));
    }
  }

  private static void splitCommas(String text, int item, List<Word> words) {
    for (String part : text.split(",")) {
      if (!part.isEmpty()) {
        words.add(new Word(part, item));
      }
    }
  }
}
