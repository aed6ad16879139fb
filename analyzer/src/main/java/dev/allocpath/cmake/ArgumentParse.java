package dev.allocpath.cmake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keyword argument parsing as cmake_parse_arguments does it; also used for the keyword
 * signatures of idf_component_register and friends.
 */
final class ArgumentParse {
  final Set<String> present = new HashSet<>();
  final Map<String, List<String>> values = new HashMap<>();
  final List<String> unparsed = new ArrayList<>();
  final List<String> missing = new ArrayList<>();

  static ArgumentParse of(List<String> input, Set<String> options, Set<String> single, Set<String> multi) {
    ArgumentParse parse = new ArgumentParse();
    String current = null;
    boolean currentIsSingle = false;
    for (String arg : input) {
      if (options.contains(arg)) {
        parse.closeKeyword(current);
        parse.present.add(arg);
        current = null;
      } else if (single.contains(arg) || multi.contains(arg)) {
        parse.closeKeyword(current);
        current = arg;
        currentIsSingle = single.contains(arg);
        parse.present.add(arg);
        parse.values.put(arg, new ArrayList<>());
      } else if (current != null) {
        parse.values.get(current).add(arg);
        if (currentIsSingle) {
          current = null;
        }
      } else {
        parse.unparsed.add(arg);
      }
    }
    parse.closeKeyword(current);
    return parse;
  }

  private void closeKeyword(String keyword) {
    if (keyword != null && values.get(keyword).isEmpty()) {
      missing.add(keyword);
    }
  }

  List<String> list(String keyword) {
    return values.getOrDefault(keyword, List.of());
  }

  String single(String keyword) {
    List<String> v = values.get(keyword);
    return v == null || v.isEmpty() ? null : v.get(0);
  }
}
