package dev.allocpath.cmake;

import dev.allocpath.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns the items of an option list into plain words: generator expressions resolved (or
 * reported and dropped), {@code SHELL:} items split like a shell would, so
 * {@code "SHELL:-include x.h"} becomes the two words {@code -include} and {@code x.h}.
 */
final class OptionItems {
  private OptionItems() {}

  record Item(String text, Language language) {}

  static List<Item> prepare(List<String> raw, Consumer<String> unsupported) {
    List<Item> items = new ArrayList<>(raw.size());
    for (String text : raw) {
      Language language = null;
      if (GeneratorExpressions.contains(text)) {
        GeneratorExpressions.Resolved r = GeneratorExpressions.resolve(text);
        if (!r.supported()) {
          unsupported.accept("generator expression '" + text + "' is not evaluated; item ignored");
          continue;
        }
        if (r.text() == null) {
          continue;
        }
        text = r.text();
        language = r.language();
      }
      if (text.startsWith("SHELL:")) {
        for (String word : ShellWords.split(text.substring("SHELL:".length()))) {
          items.add(new Item(word, language));
        }
      } else if (!text.isEmpty()) {
        items.add(new Item(text, language));
      }
    }
    return items;
  }
}
