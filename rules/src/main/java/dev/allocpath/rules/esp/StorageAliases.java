package dev.allocpath.rules.esp;

import java.util.HashMap;
import java.util.Map;

/**
 * Groups storage keys that may hold the same thread handle (an assignment, a move, a loop
 * variable over a container): a union-find, so "joined through any alias" is one lookup.
 */
final class StorageAliases {
  private final Map<String, String> parent = new HashMap<>();

  void union(String a, String b) {
    String ra = root(a);
    String rb = root(b);
    if (!ra.equals(rb)) {
      // Keep the smaller key as the root so the grouping never depends on visiting order.
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }

  String root(String key) {
    String current = key;
    while (true) {
      String up = parent.get(current);
      if (up == null) {
        return current;
      }
      String grand = parent.get(up);
      if (grand != null) {
        parent.put(current, grand);
      }
      current = up;
    }
  }

  boolean same(String a, String b) {
    return root(a).equals(root(b));
  }
}
